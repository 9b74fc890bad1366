package org.siyaq.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Saves what each open browser showed at the moment a browser test failed: a screenshot, the page
 * source and the address, as {@code target/browser-failures/<class>.<test>-<browser>.png|html}; then
 * lets the failure through.
 */
class FailureCapture implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    private static final Path FOLDER = Path.of(System.getProperty("basedir", "."), "target", "browser-failures");

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        capture(context, failure);
        throw failure;
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        capture(context, failure);
        throw failure;
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        capture(context, failure);
        throw failure;
    }

    private static void capture(ExtensionContext context, Throwable failure) {
        if (!(context.getTestInstance().orElse(null) instanceof BrowserTestSupport test)) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName()
                + context.getTestMethod().map(m -> "." + m.getName()).orElse("");
        List<WebDriver> browsers = test.openBrowsers();
        for (int i = 0; i < browsers.size(); i++) {
            save(browsers.get(i), name + "-" + (i + 1), failure);
        }
    }

    private static void save(WebDriver browser, String name, Throwable failure) {
        try {
            Files.createDirectories(FOLDER);
            Files.write(FOLDER.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            String source = "<!-- " + browser.getCurrentUrl() + "\n"
                    + String.valueOf(failure).replace("--", "- -") + " -->\n" + browser.getPageSource();
            Files.writeString(FOLDER.resolve(name + ".html"), source, StandardCharsets.UTF_8);
            System.err.println(
                    "Browser failure captured: " + FOLDER.resolve(name + ".png").toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not capture the browser after a failure of " + name + ": " + e);
        }
    }
}
