package org.siyaq.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Level;
import org.siyaq.collocation.CollocationMeasure;
import org.siyaq.collocation.CollocationQuery;
import org.siyaq.collocation.CollocationService;
import org.siyaq.concordance.ConcordanceQuery;
import org.siyaq.concordance.ConcordanceService;
import org.siyaq.concordance.KwicSort;
import org.siyaq.corpus.CorpusIngest;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.CorpusStore;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.corpus.SeedCorpus;
import org.siyaq.corpus.SourceDocument;
import org.siyaq.query.QueryMatcher;
import org.siyaq.query.QueryParser;
import org.siyaq.query.QueryService;

/**
 * The CPU time of the benchmark's queries, for comparing code before and after a change on a loaded
 * machine, where wall times mean little: the current thread's CPU time and the whole process's (which
 * adds the garbage collector's work), and the bytes the thread allocated, median and minimum of many runs,
 * each on fresh services as in {@link Benchmark}. The corpus (the benchmark's inflected one) is ingested
 * into H2 once in {@code dir} and reopened by later runs.
 *
 * <p>{@code java -cp <test classpath> org.siyaq.benchmark.QueryCpu dir tokens runs [queries [warmups]]}, where
 * {@code queries} is a comma-separated list of {@code concordance}, {@code sorted} or {@code collocates}
 * each followed by a rank of {@link Benchmark#RANKS} (default {@code concordance1,sorted1,collocates1,
 * concordance10,sorted10,collocates10}) and {@code warmups} the untimed runs before each (default a third
 * of {@code runs}; the benchmark itself warms up 3 times).
 */
public final class QueryCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private QueryCpu() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long tokens = Long.parseLong(args[1]);
        int runs = Integer.parseInt(args[2]);
        String[] names = (args.length > 3
                        ? args[3]
                        : "concordance1,sorted1,collocates1,concordance10,sorted10,collocates10")
                .split(",");
        int warmups = args.length > 4 ? Integer.parseInt(args[4]) : Math.max(2, runs / 3);
        ArabicAnalysis analysis = new ArabicAnalysis();
        boolean exists = Files.exists(dir.resolve("siyaq.mv.db"));
        Files.createDirectories(dir);
        HikariDataSource dataSource = Benchmark.dataSource(dir.resolve("siyaq"));
        CorpusStore store = Benchmark.newStore(dataSource);
        LoadedCorpus corpus;
        if (exists) {
            corpus = new CorpusIngest(analysis, store)
                    .open(store.corpus(Benchmark.CORPUS_ID).orElseThrow());
        } else {
            List<SourceDocument> documents = List.copyOf(SyntheticCorpus.of(
                    SyntheticCorpus.Kind.INFLECTED,
                    analysis,
                    new SeedCorpus()
                            .documents().stream().map(SourceDocument::text).toList(),
                    tokens,
                    20260101L));
            corpus = new CorpusIngest(analysis, store).ingest(Benchmark.info(), documents, p -> {});
        }
        List<String> words = Benchmark.wordsAtRanks(corpus.index());
        CorpusRegistry registry = new CorpusRegistry(null, null, null);
        LoadedCorpus loaded = corpus;
        Supplier<QueryService> queries =
                () -> new QueryService(new QueryParser(analysis), new QueryMatcher(), Duration.ofMinutes(5));
        Supplier<ConcordanceService> concordance = () -> {
            registry.put(LoadedCorpus.stored(loaded.info(), loaded.index(), loaded.documents(), store));
            return new ConcordanceService(registry, queries.get());
        };
        Supplier<CollocationService> collocation = () -> {
            registry.put(LoadedCorpus.stored(loaded.info(), loaded.index(), loaded.documents(), store));
            return new CollocationService(registry, queries.get(), analysis);
        };
        for (String name : names) {
            String kind = name.replaceAll("[0-9]+$", "");
            int rank = Integer.parseInt(name.substring(kind.length()));
            String word =
                    words.get(Arrays.stream(Benchmark.RANKS).boxed().toList().indexOf(rank));
            Supplier<?> work = switch (kind) {
                case "concordance" ->
                    () -> concordance
                            .get()
                            .search(new ConcordanceQuery(
                                    Benchmark.CORPUS_ID, null, word, Level.NORM, 7, KwicSort.CORPUS, 0, 50));
                case "sorted" ->
                    () -> concordance
                            .get()
                            .search(new ConcordanceQuery(
                                    Benchmark.CORPUS_ID, null, word, Level.NORM, 7, KwicSort.AFTER1, 0, 50));
                case "collocates" ->
                    () -> collocation
                            .get()
                            .collocates(new CollocationQuery(
                                    Benchmark.CORPUS_ID,
                                    null,
                                    word,
                                    Level.NORM,
                                    5,
                                    5,
                                    1,
                                    1,
                                    true,
                                    CollocationMeasure.LOG_LIKELIHOOD,
                                    0,
                                    50));
                default -> throw new IllegalArgumentException(name);
            };
            time(name, warmups, runs, work);
        }
        Benchmark.closeDatabase(dataSource);
    }

    private static volatile Object sink;

    /** CPU time of the whole process, the collector's and compiler's threads included. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void time(String name, int warmups, int runs, Supplier<?> work) {
        for (int i = 0; i < warmups; i++) {
            sink = work.get();
        }
        double[] cpu = new double[runs];
        double[] process = new double[runs];
        double[] wall = new double[runs];
        long[] allocated = new long[runs];
        com.sun.management.ThreadMXBean memory = (com.sun.management.ThreadMXBean) THREADS;
        for (int i = 0; i < runs; i++) {
            long a = memory.getCurrentThreadAllocatedBytes();
            long c = THREADS.getCurrentThreadCpuTime();
            long p = processCpuNanos();
            long w = System.nanoTime();
            sink = work.get();
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
            process[i] = (processCpuNanos() - p) / 1e6;
            wall[i] = (System.nanoTime() - w) / 1e6;
            allocated[i] = memory.getCurrentThreadAllocatedBytes() - a;
        }
        Arrays.sort(allocated);
        Arrays.sort(cpu);
        Arrays.sort(process);
        Arrays.sort(wall);
        System.out.printf(
                Locale.ROOT,
                "%s cpu %.2f ms (min %.2f), process cpu %.2f ms (min %.2f), wall %.2f ms (min %.2f), allocated %.2f MB%n",
                name,
                cpu[runs / 2],
                cpu[0],
                process[runs / 2],
                process[0],
                wall[runs / 2],
                wall[0],
                allocated[runs / 2] / 1e6);
    }
}
