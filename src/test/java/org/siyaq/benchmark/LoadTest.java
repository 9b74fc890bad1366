package org.siyaq.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.corpus.SeedCorpus;
import org.siyaq.corpus.SourceDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The load test of issue 5 ({@code docs/performance.md}): a class of clients (default 100) query a
 * running Siyaq over its HTTP API on loopback for a fixed time (default 60 s), each sending its next
 * request as soon as the last one is answered, with a mix of concordance pages, sorted concordance
 * pages, word-list pages, collocate tables and (a share of {@code load.csvPercent}, default 10%)
 * CSV exports; it reports throughput, latency percentiles,
 * errors, and the application's peak heap (sampled with {@code jstat -gc}) and peak resident memory
 * ({@code VmHWM} of {@code /proc/<pid>/status}).
 *
 * <p>{@code -Dload.prepare=DIR} writes the synthetic corpus of the benchmark ({@code load.tokens},
 * default 10,000,000) as {@code DIR/synthetic/*.txt} for the application to load at startup, and exits.
 * Otherwise: {@code load.url} (default {@code http://127.0.0.1:8080}; loopback only), {@code load.corpus}
 * (default {@code synthetic}), {@code load.clients}, {@code load.seconds}, {@code load.pid} (the
 * application's process id, for its memory), {@code load.out} (a copy of the report).
 */
public final class LoadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int[] RANKS = {1, 2, 3, 5, 10, 20, 30, 50, 100, 200, 300, 500, 1000, 2000};
    private static final String[] SORTS = {"after1", "before1", "node", "after2"};

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    private final String base;
    private final Map<String, List<long[]>> samples = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final int csvPercent;

    private LoadTest(String url, String corpus, int csvPercent) {
        this.base = url + "/api/corpora/" + corpus;
        this.csvPercent = csvPercent;
    }

    public static void main(String[] args) throws Exception {
        String prepare = System.getProperty("load.prepare");
        if (prepare != null && !prepare.isBlank()) {
            writeCorpus(Path.of(prepare).resolve("synthetic"), Long.getLong("load.tokens", 10_000_000L));
            return;
        }
        String url = System.getProperty("load.url", "http://127.0.0.1:8080");
        String host = URI.create(url).getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("[::1]")) {
            throw new IllegalArgumentException("The load test only targets this machine (127.0.0.1), not " + host);
        }
        String file = System.getProperty("load.out");
        PrintStream out =
                file == null ? System.out : new PrintStream(new TeeStream(System.out, Path.of(file)), true, "UTF-8");
        LoadTest test = new LoadTest(
                url, System.getProperty("load.corpus", "synthetic"), Integer.getInteger("load.csvPercent", 10));
        test.run(
                out,
                Integer.getInteger("load.clients", 100),
                Integer.getInteger("load.seconds", 60),
                Long.getLong("load.pid", -1L));
        System.exit(0);
    }

    /** The benchmark's synthetic corpus as one UTF-8 text file per document. */
    public static void writeCorpus(Path folder, long tokens) throws IOException {
        ArabicAnalysis analysis = new ArabicAnalysis();
        SyntheticCorpus corpus = SyntheticCorpus.of(
                SyntheticCorpus.Kind.parse(System.getProperty("bench.corpus", "inflected")),
                analysis,
                new SeedCorpus().documents().stream().map(SourceDocument::text).toList(),
                tokens,
                20260101L);
        Files.createDirectories(folder);
        int n = 0;
        for (SourceDocument doc : corpus) {
            Files.writeString(folder.resolve(String.format(Locale.ROOT, "doc-%05d.txt", n++)), doc.text());
        }
        Files.writeString(
                folder.resolve("corpus.json"),
                "{\"name\": \"Synthetic " + tokens
                        + "\", \"description\": \"The load test's generated corpus\", \"visibility\": \"class\"}");
        System.out.println("Wrote " + n + " documents to " + folder.toAbsolutePath());
    }

    private void run(PrintStream out, int clients, int seconds, long pid) throws Exception {
        waitUntilReady(Duration.ofMinutes(10));
        List<String> words = words();
        out.printf(
                Locale.ROOT,
                "# %d clients for %d s against %s; words at ranks %s: %s%n",
                clients,
                seconds,
                base,
                Arrays.toString(RANKS),
                words);
        MemoryProbe memory = pid > 0 ? MemoryProbe.start(pid) : null;
        long started = System.nanoTime();
        long stopAt = started + TimeUnit.SECONDS.toNanos(seconds);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                Random random = new Random(1000L + c);
                pool.submit(() -> {
                    while (System.nanoTime() < stopAt) {
                        request(random, words);
                    }
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        report(out, elapsed, memory);
    }

    /** One request of the mix, timed; any answer other than 200 with a body, or no answer, is an error. */
    private void request(Random random, List<String> words) {
        String word = enc(words.get(random.nextInt(words.size())));
        int kind = random.nextInt(100);
        String type;
        String path;
        if (random.nextInt(100) < csvPercent) {
            type = "csv_export";
            // a whole collocate table, or the whole concordance of one of the rarer words (thousands of lines)
            String rare = enc(words.get(words.size() - 1 - random.nextInt(4)));
            path = random.nextBoolean()
                    ? "/collocates?q=" + word + "&format=csv"
                    : "/concordance?q=" + rare + "&format=csv";
        } else if (kind < 33) {
            type = "concordance";
            path = "/concordance?q=" + word + "&limit=50&offset=" + 50 * random.nextInt(4);
        } else if (kind < 55) {
            type = "concordance_sorted";
            path = "/concordance?q=" + word + "&limit=50&sort=" + SORTS[random.nextInt(SORTS.length)];
        } else if (kind < 72) {
            type = "wordlist";
            path = "/wordlist?limit=50&offset=" + 50 * random.nextInt(200);
        } else {
            type = "collocates";
            path = "/collocates?q=" + word + "&left=5&right=5&limit=50";
        }
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(Duration.ofSeconds(60))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            long t1 = System.nanoTime();
            if (response.statusCode() != 200 || response.body().length == 0) {
                errors.computeIfAbsent(type + " HTTP " + response.statusCode(), k -> new LongAdder())
                        .increment();
            } else {
                bytes.addAndGet(response.body().length);
                samples.computeIfAbsent(type, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                        .add(new long[] {t1 - t0});
            }
        } catch (IOException e) {
            errors.computeIfAbsent(type + " " + e.getClass().getSimpleName(), k -> new LongAdder())
                    .increment();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(PrintStream out, double elapsed, MemoryProbe memory) {
        long[] all = samples.values().stream()
                .flatMap(List::stream)
                .mapToLong(s -> s[0])
                .sorted()
                .toArray();
        long failed = errors.values().stream().mapToLong(LongAdder::sum).sum();
        put(out, "load.requests", all.length + failed, "requests");
        put(out, "load.throughput", (all.length + failed) / elapsed, "requests/s");
        put(out, "load.errors", failed, "requests");
        errors.forEach((k, v) -> out.println("# error: " + k + " × " + v.sum()));
        percentiles(out, "load.latency", all);
        for (Map.Entry<String, List<long[]>> e : new TreeMap<>(samples).entrySet()) {
            long[] ns = e.getValue().stream().mapToLong(s -> s[0]).sorted().toArray();
            put(out, "load." + e.getKey() + ".requests", ns.length, "requests");
            percentiles(out, "load." + e.getKey() + ".latency", ns);
        }
        put(out, "load.received", bytes.get() / 1e6, "MB");
        if (memory != null) {
            memory.stop();
            put(out, "app.heap.peak_used", memory.peakHeapKb / 1024.0, "MB");
            put(out, "app.rss.peak", memory.peakRssKb() / 1024.0, "MB");
        }
    }

    private static void percentiles(PrintStream out, String name, long[] sortedNs) {
        if (sortedNs.length == 0) {
            return;
        }
        for (int p : new int[] {50, 95, 99}) {
            put(
                    out,
                    name + ".p" + p,
                    sortedNs[Math.min(sortedNs.length - 1, (int) Math.ceil(p / 100.0 * sortedNs.length) - 1)] / 1e6,
                    "ms");
        }
        put(out, name + ".max", sortedNs[sortedNs.length - 1] / 1e6, "ms");
    }

    private static void put(PrintStream out, String name, double value, String unit) {
        out.printf(
                Locale.ROOT,
                "%s %s %s%n",
                name,
                value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value),
                unit);
    }

    private void waitUntilReady(Duration patience) throws Exception {
        long until = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                if (client.send(
                                        HttpRequest.newBuilder(URI.create(base))
                                                .GET()
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            if (System.nanoTime() > until) {
                throw new IllegalStateException("The corpus at " + base + " is not ready");
            }
            Thread.sleep(2000);
        }
    }

    /** The corpus's {@code norm} words at the test's frequency ranks, from its own word list. */
    private List<String> words() throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(base + "/wordlist?limit=1000&offset=0"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode rows = JSON.readTree(response.body()).get("rows");
        List<String> ranked = new ArrayList<>();
        for (JsonNode row : rows) {
            String w = row.get("word").asString();
            if (w.chars().allMatch(Character::isLetter)) {
                ranked.add(w);
            }
        }
        HttpResponse<String> more = client.send(
                HttpRequest.newBuilder(URI.create(base + "/wordlist?limit=1000&offset=1000"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (JsonNode row : JSON.readTree(more.body()).get("rows")) {
            String w = row.get("word").asString();
            if (w.chars().allMatch(Character::isLetter)) {
                ranked.add(w);
            }
        }
        List<String> out = new ArrayList<>();
        for (int rank : RANKS) {
            out.add(ranked.get(Math.min(rank, ranked.size()) - 1));
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Samples the application's heap with one long-running {@code jstat -gc <pid> 500} and reads its peak RSS at the end. */
    private static final class MemoryProbe {

        private final long pid;
        private final Process jstat;
        private volatile long peakHeapKb;

        private MemoryProbe(long pid, Process jstat) {
            this.pid = pid;
            this.jstat = jstat;
        }

        static MemoryProbe start(long pid) throws IOException {
            Path jstatBin = Path.of(System.getProperty("java.home"), "bin", "jstat");
            Process process = new ProcessBuilder(jstatBin.toString(), "-gc", Long.toString(pid), "500")
                    .redirectErrorStream(true)
                    .start();
            MemoryProbe probe = new MemoryProbe(pid, process);
            Thread reader = new Thread(probe::read, "jstat-reader");
            reader.setDaemon(true);
            reader.start();
            return probe;
        }

        /** Heap used = survivor 0 + survivor 1 + eden + old used (columns S0U, S1U, EU, OU, in KB). */
        private void read() {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
                List<String> header = null;
                for (String line; (line = in.readLine()) != null; ) {
                    List<String> cells = Arrays.asList(line.trim().split("\\s+"));
                    if (cells.contains("EU")) {
                        header = cells;
                        continue;
                    }
                    if (header == null || cells.size() != header.size()) {
                        continue;
                    }
                    double used = 0;
                    for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                        used += Double.parseDouble(cells.get(header.indexOf(column)));
                    }
                    peakHeapKb = Math.max(peakHeapKb, (long) used);
                }
            } catch (IOException | RuntimeException e) {
                // the probe ends with the process
            }
        }

        long peakRssKb() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith("VmHWM:")) {
                        return Long.parseLong(line.replaceAll("\\D+", ""));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return -1;
        }

        void stop() {
            jstat.destroy();
        }
    }
}
