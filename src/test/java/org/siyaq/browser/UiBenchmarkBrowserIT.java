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
 * (median of {@code bench.ui.runs}, default 5, after {@code bench.ui.warmups}, default 0; each query new to the
 * server, the API's request and the browser's taking turns to go first); the bytes the server sends the browser for it (UIDL
 * answers and push frames, from Chromium's performance log); and the server heap a tab holds at rest
 * (heap after a full GC with {@code bench.ui.tabs} extra tabs resting on a concordance, minus before,
 * divided by the tabs). Prints one line per figure.
 *
 * <pre>./mvnw -B -ntp verify -Dit.test=UiBenchmarkBrowserIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dbench.ui=true</pre>
 */
@EnabledIfSystemProperty(named = "bench.ui", matches = "true")
class UiBenchmarkBrowserIT extends BrowserTestSupport {

    private static final String CORPUS = "synthetic";
    /** The keywords' reference corpus (the bundled one, always there). */
    private static final String REFERENCE = "bundled";

    private static final int RUNS = Integer.getInteger("bench.ui.runs", 5);
    /**
     * Runs of each tool done first and not counted (default 0: the figures of a server whose code the JIT has not
     * compiled yet, as the first students after a start meet it).
     */
    private static final int WARMUPS = Integer.getInteger("bench.ui.warmups", 0);

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * After a click on Run, waits until the summary has changed and the grid shows a loaded row with text;
     * answers the time to rows, the time the result's summary reached the page (a mutation observer),
     * and the UIDL requests the browser sent meanwhile (the Performance API's resource entries).
     */
    private static final String RUN_TO_ROWS = """
            const done = arguments[arguments.length - 1];
            const grid = document.getElementById(arguments[0]);
            const run = document.getElementById(arguments[1]);
            const summary = document.getElementById(arguments[2]);
            const was = summary.textContent;
            let answered = -1;
            const observer = new MutationObserver(() => {
              if (answered < 0 && summary.textContent !== was) answered = performance.now() - t0;
            });
            observer.observe(summary, {childList: true, characterData: true, subtree: true});
            // a vaadin-grid's rendered row with text, or a siyaq-table's (a plain table: its rows are its light DOM)
            const ready = () => summary.textContent !== was && grid.size > 0 && (grid.localName === 'siyaq-table'
              ? [...grid.querySelectorAll('tbody > tr[data-index] > td')].some(td => td.textContent.trim())
              : [...grid.shadowRoot.querySelectorAll('tbody#items > tr')]
              .some(r => !r.hidden && r.index !== undefined && !r.hasAttribute('loading')
                && [...r.querySelectorAll('td')].some(td => td._content && td._content.textContent.trim())));
            performance.setResourceTimingBufferSize(100000);
            performance.clearResourceTimings();
            const t0 = performance.now();
            const finish = rows => {
              observer.disconnect();
              const uidl = performance.getEntriesByType('resource')
                .filter(e => e.name.includes('v-r=uidl') && e.startTime >= t0 && e.startTime <= t0 + rows);
              const ms = x => Math.round(x - t0);
              const trace = {
                uidl: uidl.map(e => [ms(e.startTime), ms(e.responseStart), ms(e.responseEnd)]),
                frames: (window.__siyaqFrames || []).filter(f => f[0] >= t0).map(f => [ms(f[0]), f[1], Math.round(f[2])]),
                tasks: (window.__siyaqTasks || []).filter(t => t[0] + t[1] >= t0).map(t => [ms(t[0]), Math.round(t[1])])};
              done({rows: rows, answered: answered, requests: uidl.length, trace: JSON.stringify(trace)});
            };
            run.click();
            const poll = () => ready() ? finish(performance.now() - t0)
              : (performance.now() - t0 > 30000 ? finish(-1) : requestAnimationFrame(poll));
            requestAnimationFrame(poll);""";

    /**
     * Added to every page before its own scripts: notes when each push frame arrived (and how long the page took to
     * handle it) and every long task of the main thread, so a Run's wait can be split into network and page.
     */
    private static final String PAGE_TRACE = """
            window.__siyaqFrames = []; window.__siyaqTasks = [];
            const Native = window.WebSocket;
            window.WebSocket = function (...args) {
              const socket = new Native(...args);
              socket.addEventListener('message', e => {
                const at = performance.now();
                window.__siyaqFrames.push([at, (e.data && e.data.length) || 0, 0]);
                const entry = window.__siyaqFrames[window.__siyaqFrames.length - 1];
                setTimeout(() => { entry[2] = performance.now() - at; });
              });
              return socket;
            };
            window.WebSocket.prototype = Native.prototype;
            Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
            try {
              new PerformanceObserver(list => list.getEntries().forEach(t => window.__siyaqTasks.push([t.startTime, t.duration])))
                .observe({type: 'longtask', buffered: true});
            } catch (e) {}""";

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
        ((org.openqa.selenium.chrome.ChromeDriver) driver)
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PAGE_TRACE));
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        JsonNode words = api("api/corpora/" + CORPUS + "/wordlist?limit=1000").get("rows");
        IntFunction<String> word = rank -> words.get(rank - 1).get("word").asString();
        List<String> lines = new ArrayList<>();
        // -Dbench.ui.tab-only=true measures only the resting tab (with bench.ui.histogram, to read its heap)
        if (Boolean.getBoolean("bench.ui.tab-only")) {
            lines.add(restingTab());
            lines.forEach(System.out::println);
            return;
        }
        lines.add(tool(
                "concordance.frequent",
                "concordance",
                k -> word.apply(11 + k),
                w -> "concordance?q=" + enc(w) + "&limit=50"));
        lines.add(tool(
                "concordance.rare",
                "concordance",
                k -> word.apply(901 + k),
                w -> "concordance?q=" + enc(w) + "&limit=50"));
        lines.add(tool(
                "collocates.rank10",
                "collocates",
                k -> word.apply(31 + k),
                w -> "collocates?q=" + enc(w) + "&limit=50"));
        lines.add(tool(
                "wordlist.first_page",
                "wordlist",
                k -> String.valueOf(2 + k),
                f -> "wordlist?minFreq=" + f + "&limit=50"));
        // n-grams: the first Run of a page builds the 2-gram table once (not measured here: the first of the runs is
        // that), every later one filters it by a new minimum frequency
        lines.add(tool(
                "ngrams.first_page",
                "ngrams",
                k -> String.valueOf(3 + k),
                f -> "ngrams?n=2&minFreq=" + f + "&limit=50"));
        lines.add(tool(
                "keywords.vs_bundled",
                "keywords",
                k -> String.valueOf(2 + k),
                f -> "keywords?reference=" + REFERENCE + "&minFreq=" + f + "&limit=50"));
        if (measured("tab.at_rest")) {
            lines.add(restingTab());
        }
        System.out.println("---- UI benchmark (" + Long.getLong("bench.ui.tokens", 2_000_000L) + " tokens) ----");
        lines.forEach(System.out::println);
    }

    /**
     * Median time to rows in the browser and over the API; the median time the result's summary reached
     * the page (what follows it is the grid's own rows: a request for them, and drawing); the median
     * bytes the browser received, UIDL requests it sent (before rows / until idle) and push frames.
     */
    private String tool(
            String name, String view, IntFunction<String> value, java.util.function.Function<String, String> apiPath) {
        if (!measured(name)) {
            return name + " (not measured: -Dbench.ui.tools)";
        }
        List<Double> browser = new ArrayList<>();
        List<Double> answered = new ArrayList<>();
        List<Double> requests = new ArrayList<>();
        List<Double> bytes = new ArrayList<>();
        List<Double> uidl = new ArrayList<>();
        List<Double> frames = new ArrayList<>();
        List<Double> http = new ArrayList<>();
        List<Double> script = new ArrayList<>();
        List<Double> layout = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < WARMUPS + RUNS; i++) {
            boolean counted = i >= WARMUPS;
            // the API's request and the browser's take turns going first: the first of the two meets the engine's
            // code less compiled (the browser's Run always went first before the tenth session, which counted the
            // engine's warm-up as the UI's)
            boolean apiFirst = i % 2 == 0;
            // and neighbours of one sequence (words of neighbouring ranks, neighbouring minimum frequencies), taking
            // turns too: until the tenth session the API's were ten ranks further down (rarer words, cheaper queries)
            int uiValue = 2 * i + 1 - i % 2;
            int apiValue = 2 * i + i % 2;
            if (apiFirst) {
                http.add(apiTime(apiPath.apply(value.apply(apiValue))));
            }
            String typed = value.apply(uiValue);
            open(view + "?corpus=" + CORPUS + (view.equals("keywords") ? "&reference=" + REFERENCE : ""));
            String field =
                    view.equals("concordance") || view.equals("collocates") ? view + "-query" : view + "-minfreq";
            type(driver, field, typed);
            byId(driver, field).findElement(By.cssSelector("input")).sendKeys(Keys.TAB);
            waitForVaadin(driver);
            received();
            Map<String, Double> cpuBefore = rendererTimes();
            profile(true, null);
            Map<?, ?> run = (Map<?, ?>)
                    js(driver).executeAsyncScript(RUN_TO_ROWS, view + "-grid", view + "-run", view + "-summary");
            waitForVaadin(driver);
            profile(false, name + "-" + i);
            Map<String, Double> cpuAfter = rendererTimes();
            cpuAfter.replaceAll((k, v) -> (v - cpuBefore.getOrDefault(k, 0.0)) * 1000);
            script.add(cpuAfter.get("ScriptDuration"));
            layout.add(cpuAfter.get("LayoutDuration") + cpuAfter.get("RecalcStyleDuration"));
            // the renderer main thread's CPU time (ThreadTime, ms) and the counts that do not depend on the load: style
            // recalculations and layouts run, DOM nodes and layout objects added (issue 15, seventh session)
            cpu.add(cpuAfter.get("ThreadTime"));
            String counts = String.format(
                    Locale.ROOT,
                    "cpu %.0f ms  recalcs %.0f  layouts %.0f  nodes %+.0f  layout objects %+.0f",
                    cpuAfter.get("ThreadTime"),
                    cpuAfter.get("RecalcStyleCount") / 1000,
                    cpuAfter.get("LayoutCount") / 1000,
                    cpuAfter.get("Nodes") / 1000,
                    cpuAfter.get("LayoutObjects") / 1000);
            browser.add(((Number) run.get("rows")).doubleValue());
            answered.add(((Number) run.get("answered")).doubleValue());
            requests.add(((Number) run.get("requests")).doubleValue());
            Traffic traffic = received();
            bytes.add((double) traffic.bytes());
            uidl.add((double) traffic.uidlRequests());
            frames.add((double) traffic.pushFrames());
            System.out.printf(
                    Locale.ROOT,
                    "  run %-22s rows %5.0f ms  summary %5.0f ms  script %4.0f ms  style+layout %4.0f ms"
                            + "  uidl before rows %s  %s  load %s%n    %s%n    trace %s%n",
                    counted ? name : name + " (warm-up)",
                    browser.getLast(),
                    answered.getLast(),
                    script.getLast(),
                    layout.getLast(),
                    run.get("requests"),
                    traffic,
                    load(),
                    counts,
                    run.get("trace"));

            if (!apiFirst) {
                http.add(apiTime(apiPath.apply(value.apply(apiValue))));
            }
            if (!counted) {
                for (List<Double> figures :
                        List.of(browser, answered, requests, bytes, uidl, frames, http, script, layout, cpu)) {
                    figures.removeLast();
                }
            }
        }
        double b = median(browser);
        double a = median(http);
        return String.format(
                Locale.ROOT,
                "%-22s browser %6.0f ms   api %6.0f ms   ui adds %6.0f ms   summary at %6.0f ms   sent %7.1f KB"
                        + "   uidl %.0f before rows, %.0f in all   push frames %.0f   page script %.0f ms, style+layout %.0f ms"
                        + "   renderer main thread CPU %.0f ms   load %s",
                name,
                b,
                a,
                b - a,
                median(answered),
                median(bytes) / 1024,
                median(requests),
                median(uidl),
                median(frames),
                median(script),
                median(layout),
                median(cpu),
                load());
    }

    /** The time of one request to the API, in ms. */
    private double apiTime(String path) {
        long t0 = System.nanoTime();
        api("api/corpora/" + CORPUS + "/" + path);
        return (System.nanoTime() - t0) / 1e6;
    }

    /**
     * The page's main-thread times so far (Chromium's {@code Performance.getMetrics}, in seconds): script,
     * layout and style recalculation, so that the browser's own work for a Run can be told from waiting.
     */
    private Map<String, Double> rendererTimes() {
        var chrome = (org.openqa.selenium.chrome.ChromeDriver) driver;
        chrome.executeCdpCommand("Performance.enable", Map.of());
        Map<String, Double> times = new HashMap<>();
        for (Object metric : (List<?>)
                chrome.executeCdpCommand("Performance.getMetrics", Map.of()).get("metrics")) {
            Map<?, ?> m = (Map<?, ?>) metric;
            times.put(String.valueOf(m.get("name")), ((Number) m.get("value")).doubleValue());
        }
        return times;
    }

    /**
     * With {@code -Dbench.ui.profile=DIR}, a sampled CPU profile of the page for each Run (Chromium's {@code Profiler}),
     * written to {@code DIR/<figure>-<run>.cpuprofile} (open it in Chromium's DevTools, or sum its samples).
     */
    private void profile(boolean start, String file) {
        String dir = System.getProperty("bench.ui.profile");
        if (dir == null) {
            return;
        }
        var chrome = (org.openqa.selenium.chrome.ChromeDriver) driver;
        if (start) {
            chrome.executeCdpCommand("Profiler.enable", Map.of());
            chrome.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 200));
            chrome.executeCdpCommand("Profiler.start", Map.of());
            return;
        }
        Object profile = chrome.executeCdpCommand("Profiler.stop", Map.of()).get("profile");
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
            java.nio.file.Files.writeString(
                    java.nio.file.Path.of(dir, file + ".cpuprofile"), JSON.writeValueAsString(profile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code -Dbench.ui.tools} (names separated by commas; all when absent) names the figure {@code name}. */
    private static boolean measured(String name) {
        String tools = System.getProperty("bench.ui.tools", "");
        return tools.isBlank() || java.util.Arrays.asList(tools.split(",")).contains(name);
    }

    /** The machine's load average over the last minute (wall times compare only within the same load). */
    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    /**
     * The server heap per tab at rest: the home tab on the same concordance (so the shared caches are full), a
     * full GC, then {@code bench.ui.tabs} new tabs each resting on a concordance of the most frequent word, a
     * full GC again; the difference divided by the tabs.
     */
    private String restingTab() throws InterruptedException {
        int tabs = Integer.getInteger("bench.ui.tabs", 10);
        String first = api("api/corpora/" + CORPUS + "/wordlist?limit=1")
                .get("rows")
                .get(0)
                .get("word")
                .asString();
        // the home tab runs the same query first: the server's shared caches (the hits of the word, ~4 bytes a
        // hit, 1.8 MB for the rank-1 word of 10M tokens) and the classes the first result loads are in both
        // figures, so the difference is what each tab alone holds
        open("concordance?corpus=" + CORPUS + "&q=" + enc(first));
        VaadinPage.waitForRows(driver, "concordance-grid", 1);
        long before = usedHeapAfterGc();
        histogram("before");
        String home = driver.getWindowHandle();
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < tabs; i++) {
            driver.switchTo().newWindow(WindowType.TAB);
            opened.add(driver.getWindowHandle());
            open("concordance?corpus=" + CORPUS + "&q=" + enc(first));
            VaadinPage.waitForRows(driver, "concordance-grid", 1);
        }
        long after = usedHeapAfterGc();
        histogram("after");
        heapDump();
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

    /**
     * With {@code -Dbench.ui.histogram=DIR}, writes the server's class histogram (after a full GC) to
     * {@code DIR/tabs-<when>.txt}, so the heap of the resting tabs can be read class by class.
     */
    private static void histogram(String when) {
        String dir = System.getProperty("bench.ui.histogram");
        if (dir == null) {
            return;
        }
        try {
            Object text = ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
            java.nio.file.Files.writeString(java.nio.file.Path.of(dir, "tabs-" + when + ".txt"), text.toString());
        } catch (javax.management.JMException | IOException e) {
            throw new IllegalStateException("could not write the class histogram", e);
        }
    }

    /**
     * With {@code -Dbench.ui.heapdump=FILE}, writes the server's live heap with the resting tabs to
     * {@code FILE} (an .hprof, to read who holds what with a heap analyser).
     */
    private static void heapDump() {
        String file = System.getProperty("bench.ui.heapdump");
        if (file == null) {
            return;
        }
        try {
            java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(file));
            ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .dumpHeap(file, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** What the server sent since the last call: bytes of UIDL answers and push frames, and how many of each. */
    private record Traffic(long bytes, int uidlRequests, int pushFrames, int pushRequests, int sockets) {}

    private Traffic received() {
        Map<String, String> urls = new HashMap<>();
        long total = 0;
        int requests = 0;
        int frames = 0;
        int polls = 0;
        int sockets = 0;
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).get("message");
            String method = message.get("method").asString();
            JsonNode params = message.get("params");
            switch (method) {
                case "Network.requestWillBeSent" ->
                    urls.put(
                            params.get("requestId").asString(),
                            params.get("request").get("url").asString());
                case "Network.webSocketCreated" -> sockets++;
                case "Network.webSocketFrameReceived" -> {
                    dump(
                            "frame" + frames,
                            params.get("response").get("payloadData").asString());
                    frames++;
                    total += params.get("response")
                            .get("payloadData")
                            .asString()
                            .getBytes(StandardCharsets.UTF_8)
                            .length;
                }
                case "Network.loadingFinished" -> {
                    String url = urls.getOrDefault(params.get("requestId").asString(), "");
                    if (url.contains("v-r=uidl") || url.contains("v-r=push")) {
                        dump(params.get("requestId").asString(), null);
                        requests += url.contains("v-r=uidl") ? 1 : 0;
                        polls += url.contains("v-r=push") ? 1 : 0;
                        total += (long) params.get("encodedDataLength").asDouble();
                    }
                }
                default -> {}
            }
        }
        return new Traffic(total, requests, frames, polls, sockets);
    }

    private int dumped;

    /** With {@code -Dbench.ui.dump=DIR}, writes an answer's body (a push frame's, or a request's as Chromium kept it) to DIR. */
    private void dump(String requestId, String body) {
        String dir = System.getProperty("bench.ui.dump");
        if (dir == null) {
            return;
        }
        try {
            String text = body != null
                    ? body
                    : String.valueOf(((org.openqa.selenium.chrome.ChromeDriver) driver)
                            .executeCdpCommand("Network.getResponseBody", Map.of("requestId", requestId))
                            .get("body"));
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
            java.nio.file.Files.writeString(java.nio.file.Path.of(dir, (++dumped) + ".json"), text);
        } catch (RuntimeException | IOException e) {
            System.out.println("  (no body for " + requestId + ": " + e.getMessage() + ")");
        }
    }

    /** Waits {@code bench.ui.load-minutes} (default 5) for the corpus: a 10M ingest on a loaded machine takes longer. */
    private void waitForCorpus() throws InterruptedException {
        for (int i = 0; i < 120 * Integer.getInteger("bench.ui.load-minutes", 5); i++) {
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
