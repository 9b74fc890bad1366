package org.siyaq.browser;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
        if (timedOut(failure)) {
            saveThreads(name, failure);
        }
        List<WebDriver> browsers = test.openBrowsers();
        for (int i = 0; i < browsers.size(); i++) {
            save(browsers.get(i), name + "-" + (i + 1), failure);
        }
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.openqa.selenium.TimeoutException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes every thread of this JVM (the application under test runs in it) with its stack and the
     * locks it holds or waits for, as {@code target/browser-failures/<name>-threads.txt}, and says so on
     * the console with the threads that are blocked or waiting in the application's code.
     */
    static void saveThreads(String name, Throwable why) {
        StringBuilder dump = new StringBuilder(String.valueOf(why)).append("\n\n");
        StringBuilder ours = new StringBuilder();
        for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            dump.append(describe(thread)).append('\n');
            boolean inOurCode = Arrays.stream(thread.getStackTrace())
                    .anyMatch(frame -> frame.getClassName().startsWith("org.siyaq.")
                            && !frame.getClassName().startsWith("org.siyaq.browser."));
            if (inOurCode && thread.getThreadState() != Thread.State.RUNNABLE) {
                ours.append(describe(thread));
            }
        }
        Path file = FOLDER.resolve(name + "-threads.txt");
        try {
            Files.createDirectories(FOLDER);
            Files.writeString(file, dump, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("Could not write the threads to " + file + ": " + e);
        }
        System.err.println(name + ": " + why.getClass().getSimpleName() + "; the server's threads are in "
                + file.toAbsolutePath() + "; those waiting in the application's code:\n" + ours);
    }

    private static String describe(ThreadInfo thread) {
        StringBuilder text = new StringBuilder("\"" + thread.getThreadName() + "\" " + thread.getThreadState());
        if (thread.getLockName() != null) {
            text.append(" on ").append(thread.getLockName());
        }
        if (thread.getLockOwnerName() != null) {
            text.append(" held by \"").append(thread.getLockOwnerName()).append('"');
        }
        text.append('\n');
        for (StackTraceElement frame : thread.getStackTrace()) {
            text.append("    at ").append(frame).append('\n');
        }
        return text.toString();
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
