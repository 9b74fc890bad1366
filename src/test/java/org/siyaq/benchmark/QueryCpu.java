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
import org.siyaq.corpus.CorpusInfo;
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
 * The CPU time of the benchmark's slow queries (sorted concordance and collocates at ranks 1 and 10), for
 * comparing code before and after a change on a loaded machine, where wall times mean little: the current
 * thread's CPU time, median of many runs, each on fresh services as in {@link Benchmark}. The corpus (the
 * benchmark's inflected one) is ingested into H2 once in {@code dir} and reopened by later runs.
 *
 * <p>{@code java -cp <test classpath> org.siyaq.benchmark.QueryCpu dir tokens runs}
 */
public final class QueryCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private QueryCpu() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long tokens = Long.parseLong(args[1]);
        int runs = Integer.parseInt(args[2]);
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
            CorpusInfo info = Benchmark.info();
            corpus = new CorpusIngest(analysis, store).ingest(info, documents, p -> {});
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
        for (int i = 0; i < 2; i++) {
            String word = words.get(i);
            int rank = Benchmark.RANKS[i];
            time(
                    "concordance.rank" + rank,
                    runs,
                    () -> concordance
                            .get()
                            .search(new ConcordanceQuery(
                                    Benchmark.CORPUS_ID, null, word, Level.NORM, 7, KwicSort.CORPUS, 0, 50)));
            time(
                    "sorted_after1.rank" + rank,
                    runs,
                    () -> concordance
                            .get()
                            .search(new ConcordanceQuery(
                                    Benchmark.CORPUS_ID, null, word, Level.NORM, 7, KwicSort.AFTER1, 0, 50)));
            time(
                    "collocates.rank" + rank,
                    runs,
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
                                    50)));
        }
        Benchmark.closeDatabase(dataSource);
    }

    private static volatile Object sink;

    private static void time(String name, int runs, Supplier<?> work) {
        for (int i = 0; i < Math.max(2, runs / 3); i++) {
            sink = work.get();
        }
        double[] cpu = new double[runs];
        double[] wall = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long w = System.nanoTime();
            sink = work.get();
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
            wall[i] = (System.nanoTime() - w) / 1e6;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf(
                Locale.ROOT, "%s cpu %.2f ms (min %.2f), wall %.2f ms%n", name, cpu[runs / 2], cpu[0], wall[runs / 2]);
    }
}
