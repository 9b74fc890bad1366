package org.siyaq.browser;

import static org.siyaq.browser.VaadinPage.byId;
import static org.siyaq.browser.VaadinPage.js;
import static org.siyaq.browser.VaadinPage.waitForVaadin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/** Screenshots of the page at a laptop and a phone size, in {@code target/screenshots/<name>-<width>.png}. */
final class Screenshots {

    static final Path FOLDER = Path.of("target", "screenshots");

    private Screenshots() {}

    /** Makes Chromium's page {@code width} × {@code height} CSS pixels at {@code scale} device pixels each. */
    static void emulate(WebDriver driver, int width, int height, int scale) {
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", height, "deviceScaleFactor", scale, "mobile", false));
    }

    /** Returns Chromium's page to its window's size. */
    static void unemulate(WebDriver driver) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Takes both sizes with {@code elementId} (if not null) scrolled to the top, then returns to the laptop size. */
    static void take(WebDriver driver, String name, String elementId) {
        try {
            Files.createDirectories(FOLDER);
            for (Dimension size : List.of(new Dimension(1366, 768), new Dimension(390, 844))) {
                driver.manage().window().setSize(size);
                js(driver).executeScript("window.dispatchEvent(new Event('resize'))");
                waitForVaadin(driver);
                if (elementId != null) {
                    js(driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", byId(driver, elementId));
                }
                Thread.sleep(400);
                Files.write(
                        FOLDER.resolve(name + "-" + size.getWidth() + ".png"),
                        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            }
            driver.manage().window().setSize(new Dimension(1366, 768));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
