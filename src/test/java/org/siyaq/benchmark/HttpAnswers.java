package org.siyaq.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.siyaq.Application;
import org.siyaq.analysis.Level;
import org.siyaq.concordance.ConcordanceQuery;
import org.siyaq.concordance.ConcordanceResult;
import org.siyaq.concordance.ConcordanceService;
import org.siyaq.concordance.ConcordanceTool;
import org.siyaq.concordance.KwicSort;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rare word's concordance page served over HTTP by the application itself (issue 14, item 4): the
 * benchmark's H2 database is opened by the real application (Spring Boot, Tomcat, the security filters,
 * the JSON converter) on a free port, and the page is asked for with {@link HttpClient}. Every timed
 * request asks for a word not asked before (the words just below rank 100 and rank 1,000), so no cache
 * answers it: the figure is the wait of a student's first request, from the request sent to the last byte
 * read, and the CPU time all the process's Java threads spent on it (client and server: a figure a loaded
 * machine disturbs little). Beside it: the same request answered from the caches (what HTTP and the JSON
 * add), and the JSON writing alone (the answer's map written by the application's mapper).
 */
final class HttpAnswers {

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final int WARMUP_WORDS = 40;
    /** Enough for the compiler to have compiled the request's path (40 were not: a request took twice the CPU). */
    private static final int WARMUP_REQUESTS = 2000;
    /** Timed requests of each rank, each for another word. */
    private static final int COLD_REQUESTS = 15;
    /** The words by frequency the figures need: ranks 1,000 to 1,014 the deepest. */
    static final int WORDS = 1000 + COLD_REQUESTS;

    private HttpAnswers() {}

    /**
     * The figures alone, on a database a benchmark run or {@link QueryCpu} left in {@code dir}:
     * {@code java -cp <test classpath> org.siyaq.benchmark.HttpAnswers dir [runs]}.
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        com.zaxxer.hikari.HikariDataSource dataSource = Benchmark.dataSource(dir.resolve("siyaq"));
        org.siyaq.corpus.CorpusStore store = Benchmark.newStore(dataSource);
        org.siyaq.corpus.LoadedCorpus corpus = new org.siyaq.corpus.CorpusIngest(
                        new org.siyaq.analysis.ArabicAnalysis(), store)
                .open(store.corpus(Benchmark.CORPUS_ID).orElseThrow());
        List<String> byFrequency = Benchmark.wordsByFrequency(corpus.index(), WORDS);
        corpus = null;
        Benchmark.closeDatabase(dataSource);
        run(new Figures(System.out, 3, runs), dir, byFrequency, runs);
    }

    /**
     * @param byFrequency the {@code norm} words of the corpus, most frequent first
     */
    static void run(Figures figures, Path dir, List<String> byFrequency, int runs) throws Exception {
        ConfigurableApplicationContext app = start(dir);
        try {
            String base = concordanceUrl(app);
            HttpClient client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            // the server's and the client's code paths compiled, on the words of ranks 200 to 239 (each asked
            // cold once, then from the caches)
            for (int i = 0; i < WARMUP_REQUESTS; i++) {
                get(client, base, byFrequency.get((199 + i % WARMUP_WORDS) % byFrequency.size()));
            }
            JsonMapper json = app.getBean(JsonMapper.class);
            ConcordanceService concordance = app.getBean(ConcordanceService.class);
            for (int rank : new int[] {100, 1000}) {
                if (byFrequency.size() < rank - 1 + COLD_REQUESTS) {
                    figures.note(
                            "no HTTP figures at rank " + rank + ": the corpus has " + byFrequency.size() + " words");
                    continue;
                }
                double[] cold = new double[COLD_REQUESTS];
                double[] coldCpu = new double[COLD_REQUESTS];
                for (int i = 0; i < COLD_REQUESTS; i++) {
                    String word = byFrequency.get(rank - 1 + i);
                    long cpu = javaThreadsCpu();
                    long started = System.nanoTime();
                    get(client, base, word);
                    cold[i] = (System.nanoTime() - started) / 1e6;
                    coldCpu[i] = (javaThreadsCpu() - cpu) / 1e6;
                }
                figures.put("siyaq.http.concordance.rank" + rank, median(cold), "ms");
                figures.put("siyaq.http.concordance_cpu.rank" + rank, median(coldCpu), "ms");
                String word = byFrequency.get(rank - 1);
                figures.time("siyaq.http.concordance_cached.rank" + rank, () -> get(client, base, word));
                double[] cachedCpu = new double[COLD_REQUESTS];
                for (int i = 0; i < COLD_REQUESTS; i++) {
                    long cpu = javaThreadsCpu();
                    get(client, base, word);
                    cachedCpu[i] = (javaThreadsCpu() - cpu) / 1e6;
                }
                figures.put("siyaq.http.concordance_cached_cpu.rank" + rank, median(cachedCpu), "ms");
                ConcordanceResult result = concordance.search(new ConcordanceQuery(
                        Benchmark.CORPUS_ID, null, word, Level.NORM, 7, KwicSort.CORPUS, 0, Benchmark.PAGE));
                figures.time("siyaq.http.json_write.rank" + rank, () -> json.writeValueAsBytes(answer(result)));
                figures.put(
                        "siyaq.http.json_bytes.rank" + rank,
                        get(client, base, word).body().length,
                        "bytes");
            }
        } finally {
            app.close();
        }
    }

    /** The application on a free port over the benchmark's database in {@code dir}. */
    static ConfigurableApplicationContext start(Path dir) throws IOException {
        Path corpora = Files.createDirectories(dir.resolve("http-corpora"));
        // arguments, not default properties: those would lose to application.properties
        return new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--siyaq.data-dir=" + dir.toAbsolutePath(),
                        "--siyaq.corpora-dir=" + corpora.toAbsolutePath(),
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN");
    }

    /** The URL of the benchmark corpus's first concordance page, the word to be added at its end. */
    static String concordanceUrl(ConfigurableApplicationContext app) {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/api/corpora/"
                + Benchmark.CORPUS_ID + "/concordance?level=norm&context=7&limit=" + Benchmark.PAGE + "&q=";
    }

    /** The answer the controller gives for {@code result}: totals, then the lines by {@link ConcordanceTool#COLUMNS}. */
    static Map<String, Object> answer(ConcordanceResult result) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("total", result.total());
        answer.put("documents", result.documents());
        answer.put("offset", result.offset());
        answer.put(
                "lines",
                result.lines().stream().map(ConcordanceTool.COLUMNS::toMap).toList());
        return answer;
    }

    static HttpResponse<byte[]> get(HttpClient client, String base, String word) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + URLEncoder.encode(word, StandardCharsets.UTF_8)))
                .GET()
                .build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The CPU time of every Java thread of this process (the client's, Tomcat's, the query's), which a
     * loaded machine disturbs far less than the wall time; the collector's threads are not among them.
     */
    private static long javaThreadsCpu() {
        long total = 0;
        for (long id : THREADS.getAllThreadIds()) {
            long cpu = THREADS.getThreadCpuTime(id);
            if (cpu > 0) {
                total += cpu;
            }
        }
        return total;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
