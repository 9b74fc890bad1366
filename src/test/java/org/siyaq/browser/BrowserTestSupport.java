package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import jakarta.servlet.ServletContext;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What every real-browser test shares: the whole application on a random port with a fresh data
 * directory and a known first instructor (one application context for all browser test classes), in
 * Vaadin production mode; Debian's headless Chromium driven through {@code /usr/bin/chromedriver}
 * (never a downloaded driver), one per class plus any a test opens for another user; and the HTTP API,
 * read directly to know what a page should show. A failing test leaves a screenshot and the page
 * source of every open browser under {@code target/browser-failures/} ({@link FailureCapture}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(FailureCapture.class)
abstract class BrowserTestSupport {

    static final String INSTRUCTOR = "teacher";
    static final String INSTRUCTOR_PASSWORD = "browser-test-password";

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Duration PAGE_LOAD = Duration.ofSeconds(60);
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path ROOT = Path.of(System.getProperty("java.io.tmpdir"), "siyaq-browser-" + UUID.randomUUID())
            .toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    /** The browser of the test class; {@link #newBrowser()} opens more (another user, another session). */
    WebDriver driver;

    private final List<Browser> browsers = new ArrayList<>();

    private record Browser(WebDriver driver, ChromeDriverService service, Path profile) {}

    @DynamicPropertySource
    static void application(DynamicPropertyRegistry registry) {
        registry.add("siyaq.data-dir", () -> ROOT.resolve("data").toString());
        registry.add("siyaq.corpora-dir", () -> ROOT.resolve("corpora").toString());
        registry.add("siyaq.admin.user", () -> INSTRUCTOR);
        registry.add("siyaq.admin.password", () -> INSTRUCTOR_PASSWORD);
    }

    @BeforeAll
    void startBrowser() {
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        assertThat(ApplicationConfiguration.get(new VaadinServletContext(servletContext))
                        .isProductionMode())
                .as("the app under test runs Vaadin in production mode, on the built frontend bundle")
                .isTrue();
        driver = newBrowser();
    }

    /** Each test starts as a new visitor: no session cookie, so no remembered language or sign-in. */
    @BeforeEach
    void freshSession() {
        load(driver, "about:blank");
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** Closes the browsers a test opened for other users; the class's own browser stays for the next test. */
    @AfterEach
    void closeExtraBrowsers() {
        while (browsers.size() > 1) {
            quit(browsers.removeLast());
        }
    }

    @AfterAll
    void stopBrowsers() {
        browsers.forEach(BrowserTestSupport::quit);
        browsers.clear();
    }

    /** A new headless Chromium with its own empty profile: a separate user with no cookies. */
    WebDriver newBrowser() {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        try {
            Path profile = Files.createTempDirectory("siyaq-chromium-");
            ChromeOptions options = new ChromeOptions();
            // the console, so a test can see what the Content-Security-Policy blocked
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            options.setBinary(CHROMIUM);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--window-size=1366,768",
                    "--user-data-dir=" + profile);
            configure(options);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            WebDriver browser = new ChromeDriver(service, options);
            // shorter than Selenium's own 180 s read timeout, so a stalled load is reported by Chromium
            // and the browser stays usable (see open)
            browser.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
            browsers.add(new Browser(browser, service, profile));
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hook for a test class that needs more of Chromium (its performance log, a window size). */
    void configure(ChromeOptions options) {}

    /** The folder of corpora the application loads at startup (write into it before the context starts). */
    static Path corporaFolder() {
        return ROOT.resolve("corpora");
    }

    /** Every browser still open, the class's own first (for {@link FailureCapture}). */
    List<WebDriver> openBrowsers() {
        return browsers.stream().map(Browser::driver).toList();
    }

    private static void quit(Browser browser) {
        try {
            browser.driver().quit();
        } finally {
            browser.service().stop();
            try (Stream<Path> files = Files.walk(browser.profile())) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // a profile left in the temp directory is harmless
            }
        }
    }

    String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Opens {@code path} (relative to the app's root) in {@code browser} and waits until Vaadin has rendered it.
     * A load that stalls past {@link #PAGE_LOAD} (seen once on a loaded 2-core CI machine, with the server
     * answering the next tests) writes the server's threads to {@code target/browser-failures/} and is tried
     * once more; a server that is really stuck stalls the second load too, and the test fails.
     */
    void open(WebDriver browser, String path) {
        load(browser, baseUrl() + path);
        VaadinPage.waitForVaadin(browser);
    }

    private void load(WebDriver browser, String url) {
        try {
            browser.get(url);
        } catch (TimeoutException stalled) {
            FailureCapture.saveThreads(getClass().getSimpleName() + "-stalled-load", stalled);
            browser.get(url);
        }
    }

    void open(String path) {
        open(driver, path);
    }

    /** Signs the first instructor in on the login page of {@code browser}. */
    void signIn(WebDriver browser) {
        open(browser, "login");
        submitSignIn(browser);
    }

    /** Signs the first instructor in on the login page {@code browser} shows. */
    void submitSignIn(WebDriver browser) {
        VaadinPage.type(browser, "vaadinLoginUsername", INSTRUCTOR);
        VaadinPage.type(browser, "vaadinLoginPassword", INSTRUCTOR_PASSWORD);
        VaadinPage.byId(browser, "login-form")
                .findElement(org.openqa.selenium.By.cssSelector("vaadin-button[slot=submit]"))
                .click();
        VaadinPage.waitUntil(browser, d -> !VaadinPage.location(d).startsWith("login"), "the sign-in is accepted");
        VaadinPage.waitForVaadin(browser);
    }

    /** A GET to the app (a path from its root) or to an absolute URL, answered as text. */
    HttpResponse<String> httpGet(String pathOrUrl) {
        URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl() + pathOrUrl);
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The API's JSON answer to a request that must succeed (asked without credentials, as a student). */
    JsonNode api(String path) {
        HttpResponse<String> response = httpGet(path);
        assertThat(response.statusCode())
                .as("GET %s: %s", path, response.body())
                .isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
