package org.siyaq.browser;

import static org.siyaq.browser.VaadinPage.byId;
import static org.siyaq.browser.VaadinPage.js;
import static org.siyaq.browser.VaadinPage.type;
import static org.siyaq.browser.VaadinPage.waitForVaadin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.siyaq.benchmark.LoadTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Benchmark mode of the browser suite (issue 15; runs only with {@code -Dbench.ui=true}, never in a
 * plain {@code verify}): on a synthetic corpus of {@code bench.ui.tokens} tokens (default 2,000,000),
 * the time from pressing Run to the first rows on screen, beside the same request over the HTTP API
 * (median of 5, each query new to the server); the bytes the server sends the browser for it (UIDL
 * answers and push frames, from Chromium's performance log); and the server heap a tab holds at rest
 * (heap after a full GC with {@code bench.ui.tabs} extra tabs resting on a concordance, minus before,
 * divided by the tabs). Prints one line per figure.
 *
 * <pre>./mvnw -B -ntp verify -Dit.test=UiBenchmarkBrowserIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dbench.ui=true</pre>
 */
@EnabledIfSystemProperty(named = "bench.ui", matches = "true")
class UiBenchmarkBrowserIT extends BrowserTestSupport {

    private static final String CORPUS = "synthetic";
    private static final int RUNS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Counts the time until the summary has changed and the grid shows a loaded row with text, after a click on Run. */
    private static final String RUN_TO_ROWS = """
            const done = arguments[arguments.length - 1];
            const grid = document.getElementById(arguments[0]);
            const run = document.getElementById(arguments[1]);
            const summary = document.getElementById(arguments[2]);
            const was = summary.textContent;
            const ready = () => summary.textContent !== was && grid.size > 0 && [...grid.shadowRoot.querySelectorAll('tbody#items > tr')]
              .some(r => !r.hidden && r.index !== undefined && !r.hasAttribute('loading')
                && [...r.querySelectorAll('td')].some(td => td._content && td._content.textContent.trim()));
            const t0 = performance.now();
            run.click();
            const poll = () => ready() ? done(performance.now() - t0)
              : (performance.now() - t0 > 30000 ? done(-1) : requestAnimationFrame(poll));
            requestAnimationFrame(poll);""";

    @DynamicPropertySource
    static void syntheticCorpus(DynamicPropertyRegistry registry) {
        try {
            LoadTest.writeCorpus(corporaFolder().resolve(CORPUS), Long.getLong("bench.ui.tokens", 2_000_000L));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    void configure(ChromeOptions options) {
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
    }

    @Test
    void the_time_to_rows_the_bytes_sent_and_the_memory_of_a_tab() throws Exception {
        waitForCorpus();
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        JsonNode words = api("api/corpora/" + CORPUS + "/wordlist?limit=1000").get("rows");
        IntFunction<String> word = rank -> words.get(rank - 1).get("word").asString();
        List<String> lines = new ArrayList<>();

        lines.add(tool(
                "concordance.frequent",
                "concordance",
                i -> word.apply(11 + i),
                i -> word.apply(21 + i),
                w -> "concordance?q=" + enc(w) + "&limit=50"));
        lines.add(tool(
                "concordance.rare",
                "concordance",
                i -> word.apply(901 + i),
                i -> word.apply(911 + i),
                w -> "concordance?q=" + enc(w) + "&limit=50"));
        lines.add(tool(
                "collocates.rank10",
                "collocates",
                i -> word.apply(31 + i),
                i -> word.apply(41 + i),
                w -> "collocates?q=" + enc(w) + "&limit=50"));
        lines.add(tool(
                "wordlist.first_page",
                "wordlist",
                i -> String.valueOf(2 + i),
                i -> String.valueOf(12 + i),
                f -> "wordlist?minFreq=" + f + "&limit=50"));
        lines.add(restingTab());
        System.out.println("---- UI benchmark (" + Long.getLong("bench.ui.tokens", 2_000_000L) + " tokens) ----");
        lines.forEach(System.out::println);
    }

    /** Median time to rows in the browser and over the API, and the median bytes the browser received. */
    private String tool(
            String name,
            String view,
            IntFunction<String> uiValue,
            IntFunction<String> apiValue,
            java.util.function.Function<String, String> apiPath) {
        List<Double> browser = new ArrayList<>();
        List<Double> bytes = new ArrayList<>();
        List<Double> http = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            String value = uiValue.apply(i);
            open(view + "?corpus=" + CORPUS);
            String field = view.equals("wordlist") ? "wordlist-minfreq" : view + "-query";
            type(driver, field, value);
            byId(driver, field).findElement(By.cssSelector("input")).sendKeys(Keys.TAB);
            waitForVaadin(driver);
            received();
            Object ms = js(driver).executeAsyncScript(RUN_TO_ROWS, view + "-grid", view + "-run", view + "-summary");
            waitForVaadin(driver);
            browser.add(((Number) ms).doubleValue());
            bytes.add((double) received());

            long t0 = System.nanoTime();
            api("api/corpora/" + CORPUS + "/" + apiPath.apply(apiValue.apply(i)));
            http.add((System.nanoTime() - t0) / 1e6);
        }
        double b = median(browser);
        double a = median(http);
        return String.format(
                Locale.ROOT,
                "%-22s browser %6.0f ms   api %6.0f ms   ui adds %6.0f ms   sent %7.1f KB",
                name,
                b,
                a,
                b - a,
                median(bytes) / 1024);
    }

    /**
     * The server heap per tab at rest: a full GC, then {@code bench.ui.tabs} new tabs each resting on a
     * concordance of a frequent word, a full GC again; the difference divided by the tabs.
     */
    private String restingTab() throws InterruptedException {
        int tabs = Integer.getInteger("bench.ui.tabs", 10);
        String first = api("api/corpora/" + CORPUS + "/wordlist?limit=1")
                .get("rows")
                .get(0)
                .get("word")
                .asString();
        open("concordance?corpus=" + CORPUS);
        long before = usedHeapAfterGc();
        String home = driver.getWindowHandle();
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < tabs; i++) {
            driver.switchTo().newWindow(WindowType.TAB);
            opened.add(driver.getWindowHandle());
            open("concordance?corpus=" + CORPUS + "&q=" + enc(first));
            VaadinPage.waitForRows(driver, "concordance-grid", 1);
        }
        long after = usedHeapAfterGc();
        for (String tab : opened) {
            driver.switchTo().window(tab);
            driver.close();
        }
        driver.switchTo().window(home);
        return String.format(
                Locale.ROOT,
                "tab.at_rest            %.2f MB per tab (%d tabs on a concordance of %s)",
                (after - before) / (double) tabs / (1 << 20),
                tabs,
                first);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** Bytes the browser received from the server since the last call: UIDL answers and push frames. */
    private long received() {
        Map<String, String> urls = new HashMap<>();
        long total = 0;
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).get("message");
            String method = message.get("method").asString();
            JsonNode params = message.get("params");
            switch (method) {
                case "Network.requestWillBeSent" ->
                    urls.put(
                            params.get("requestId").asString(),
                            params.get("request").get("url").asString());
                case "Network.webSocketFrameReceived" ->
                    total += params.get("response")
                            .get("payloadData")
                            .asString()
                            .getBytes(StandardCharsets.UTF_8)
                            .length;
                case "Network.loadingFinished" -> {
                    String url = urls.getOrDefault(params.get("requestId").asString(), "");
                    if (url.contains("v-r=uidl") || url.contains("v-r=push")) {
                        total += (long) params.get("encodedDataLength").asDouble();
                    }
                }
                default -> {}
            }
        }
        return total;
    }

    private void waitForCorpus() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (httpGet("api/corpora/" + CORPUS).statusCode() == 200
                    && JSON.readTree(httpGet("api/corpora/" + CORPUS).body())
                            .path("state")
                            .asString("ready")
                            .equals("ready")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the synthetic corpus never loaded");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
