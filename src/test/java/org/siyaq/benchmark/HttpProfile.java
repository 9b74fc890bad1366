package org.siyaq.benchmark;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.siyaq.analysis.Level;
import org.siyaq.concordance.ConcordanceQuery;
import org.siyaq.concordance.ConcordanceService;
import org.siyaq.concordance.KwicSort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What each request of the HTTP path costs the server, for profiling it (issue 14, item 4): the real
 * application on a database a benchmark run left, thousands of requests for distinct words (each cold:
 * asked once), and per request the CPU time and the bytes allocated by the server's threads alone (Tomcat's
 * and the query workers': not the client's), beside the same work called in process (the service and the
 * JSON writing, without HTTP), in alternating blocks so a changing load shifts both alike.
 * <p>
 * {@code java -cp <test classpath> org.siyaq.benchmark.HttpProfile dir [words] [rounds]}, from the project
 * folder; add {@code -XX:StartFlightRecording=...} for a profile of the same requests.
 */
final class HttpProfile {

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    /** The words of these ranks are asked for, each once: rare words, whose page is the target. */
    private static final int FIRST_RANK = 100;

    private HttpProfile() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int words = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        List<String> byFrequency = words(dir, FIRST_RANK + words);
        ConfigurableApplicationContext app = HttpAnswers.start(dir);
        try {
            String base = HttpAnswers.concordanceUrl(app);
            HttpClient client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            ConcordanceService concordance = app.getBean(ConcordanceService.class);
            tools.jackson.databind.json.JsonMapper json = app.getBean(tools.jackson.databind.json.JsonMapper.class);
            // warm-up on words the rounds do not use: ranks 20-99, each cold once then cached
            for (int i = 0; i < 3000; i++) {
                get(client, base, byFrequency.get(20 + i % 80));
            }
            // what a client sees: the headers (a session cookie?) and a digest of the body, to compare builds
            HttpResponse<byte[]> sample = get(client, base, byFrequency.get(20));
            System.out.println("headers " + sample.headers().map().keySet() + ", Set-Cookie "
                    + sample.headers().allValues("Set-Cookie") + ", body " + sample.body().length + " bytes, digest "
                    + java.util.HexFormat.of()
                            .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                    .digest(sample.body()))
                            .substring(0, 16));
            List<String> rare = byFrequency.subList(FIRST_RANK, FIRST_RANK + words);
            int block = words / rounds / 2;
            int next = 0;
            for (int round = 0; round < rounds; round++) {
                List<String> http = rare.subList(next, next + block);
                List<String> local = rare.subList(next + block, next + 2 * block);
                next += 2 * block;
                Measure overHttp = measure(() -> http.forEach(w -> get(client, base, w)), false);
                Measure inProcess = measure(
                        () -> local.forEach(w -> {
                            json.writeValueAsBytes(HttpAnswers.answer(concordance.search(new ConcordanceQuery(
                                    Benchmark.CORPUS_ID, null, w, Level.NORM, 7, KwicSort.CORPUS, 0, Benchmark.PAGE))));
                        }),
                        true);
                Measure cached = measure(() -> http.forEach(w -> get(client, base, w)), false);
                System.out.printf(
                        "round %d, %d words each, load %.1f%n  over HTTP, cold:   %s%n  in process, cold: %s%n"
                                + "  over HTTP, cached: %s%n",
                        round,
                        block,
                        OS.getSystemLoadAverage(),
                        overHttp.per(block),
                        inProcess.per(block),
                        cached.per(block));
            }
        } finally {
            app.close();
        }
    }

    private static List<String> words(Path dir, int n) {
        com.zaxxer.hikari.HikariDataSource dataSource = Benchmark.dataSource(dir.resolve("siyaq"));
        org.siyaq.corpus.CorpusStore store = Benchmark.newStore(dataSource);
        org.siyaq.corpus.LoadedCorpus corpus = new org.siyaq.corpus.CorpusIngest(
                        new org.siyaq.analysis.ArabicAnalysis(), store)
                .open(store.corpus(Benchmark.CORPUS_ID).orElseThrow());
        List<String> words = Benchmark.wordsByFrequency(corpus.index(), n);
        Benchmark.closeDatabase(dataSource);
        return words;
    }

    /** CPU and bytes allocated by the server's threads, the process's CPU (GC and compiler too), and the wall time. */
    private record Measure(long serverCpu, long serverBytes, long processCpu, long wall) {
        String per(int n) {
            return String.format(
                    "server threads %.3f ms CPU, %.1f KB allocated; process %.3f ms CPU; wall %.3f ms (per request)",
                    serverCpu / 1e6 / n, serverBytes / 1024.0 / n, processCpu / 1e6 / n, wall / 1e6 / n);
        }
    }

    private static Measure measure(Runnable work, boolean self) {
        long[] before = serverThreads(self);
        long process = OS.getProcessCpuTime();
        long started = System.nanoTime();
        work.run();
        long wall = System.nanoTime() - started;
        long processCpu = OS.getProcessCpuTime() - process;
        long[] after = serverThreads(self);
        return new Measure(after[0] - before[0], after[1] - before[1], processCpu, wall);
    }

    /** The CPU and allocated bytes of Tomcat's threads, the query workers and this (the in-process caller) thread. */
    private static long[] serverThreads(boolean withSelf) {
        long cpu = 0;
        long bytes = 0;
        long self = Thread.currentThread().threadId();
        for (java.lang.management.ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            String name = info.getThreadName();
            if (name.startsWith("http-nio")
                    || name.startsWith("query-worker")
                    || (withSelf && info.getThreadId() == self)) {
                cpu += Math.max(0, THREADS.getThreadCpuTime(info.getThreadId()));
                bytes += Math.max(0, THREADS.getThreadAllocatedBytes(info.getThreadId()));
            }
        }
        return new long[] {cpu, bytes};
    }

    private static HttpResponse<byte[]> get(HttpClient client, String base, String word) {
        return HttpAnswers.get(client, base, word);
    }
}
