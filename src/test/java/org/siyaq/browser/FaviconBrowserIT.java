package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.js;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/** Every page names the project's own icon, an SVG that anyone (signed in or not) can load. */
class FaviconBrowserIT extends BrowserTestSupport {

    @Test
    void the_pages_link_the_projects_svg_icon_and_a_student_can_load_it() throws IOException {
        open("wordlist?lang=ar");
        String href = driver.findElement(By.cssSelector("link[rel=icon]")).getDomProperty("href");
        assertThat(href).endsWith("/icons/favicon.svg");
        HttpResponse<String> icon = httpGet(href);
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(icon.body()).contains("<svg", "viewBox=\"0 0 32 32\"");
        // the browser draws it: an image with its own size, not a broken one
        Object width = js(driver)
                .executeAsyncScript(
                        "const done = arguments[1]; const img = new Image(); img.onload = () => done(img.naturalWidth);"
                                + " img.onerror = () => done(-1); img.src = arguments[0];",
                        href);
        assertThat(((Number) width).intValue()).isPositive();
        driver.get(href);
        try {
            Files.createDirectories(Screenshots.FOLDER);
            Files.write(
                    Screenshots.FOLDER.resolve("favicon.png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
