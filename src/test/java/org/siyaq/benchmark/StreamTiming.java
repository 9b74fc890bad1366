package org.siyaq.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import org.siyaq.query.QueryMatcher;
import org.siyaq.query.QueryParser;
import org.siyaq.query.QueryService;
import org.siyaq.wordlist.WordListQuery;
import org.siyaq.wordlist.WordListService;

/**
 * CPU time of the queries that read the token stream, on a corpus the benchmark stored: for comparing
 * two builds of the index in the same minute on a shared machine, where wall time says little. Each
 * figure is the median thread CPU time of {@code runs} runs after {@code warmups}, new services each
 * run (nothing cached); {@code timing.only} (a regular expression) keeps the figures it matches. Run with the store's directory as the one argument (the benchmark's
 * {@code target/benchmark}), on the class path of the build to measure.
 */
public final class StreamTiming {

    private StreamTiming() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int warmups = Integer.getInteger("timing.warmups", 3);
        int runs = Integer.getInteger("timing.runs", 9);
        ArabicAnalysis analysis = new ArabicAnalysis();
        HikariDataSource dataSource = Benchmark.dataSource(dir.resolve("siyaq"));
        CorpusStore store = Benchmark.newStore(dataSource);
        LoadedCorpus corpus = new CorpusIngest(analysis, store)
                .open(store.corpus(Benchmark.CORPUS_ID).orElseThrow());
        CorpusRegistry registry = new CorpusRegistry(null, null, null);
        registry.put(corpus);
        List<String> words = Benchmark.wordsAtRanks(corpus.index());
        Supplier<QueryService> queries =
                () -> new QueryService(new QueryParser(analysis), new QueryMatcher(), Duration.ofMinutes(5));
        for (int i = 0; i < Benchmark.RANKS.length; i++) {
            String word = words.get(i);
            int rank = Benchmark.RANKS[i];
            cpu(
                    "concordance_sorted_after1.rank" + rank,
                    warmups,
                    runs,
                    () -> new ConcordanceService(registry, queries.get())
                            .search(new ConcordanceQuery(
                                    Benchmark.CORPUS_ID,
                                    null,
                                    word,
                                    Level.NORM,
                                    7,
                                    KwicSort.AFTER1,
                                    0,
                                    Benchmark.PAGE)));
            cpu(
                    "collocates.rank" + rank,
                    warmups,
                    runs,
                    () -> new CollocationService(registry, queries.get(), analysis)
                            .collocates(new CollocationQuery(
                                    Benchmark.CORPUS_ID,
                                    null,
                                    word,
                                    Level.NORM,
                                    Benchmark.WINDOW,
                                    Benchmark.WINDOW,
                                    1,
                                    1,
                                    true,
                                    CollocationMeasure.LOG_LIKELIHOOD,
                                    0,
                                    Benchmark.PAGE)));
        }
        String any = "[] [norm=\"" + words.get(0) + "\"]";
        cpu(
                "cql.any_then.rank1",
                warmups,
                runs,
                () -> new ConcordanceService(registry, queries.get())
                        .search(new ConcordanceQuery(
                                Benchmark.CORPUS_ID, null, any, Level.NORM, 7, KwicSort.CORPUS, 0, Benchmark.PAGE)));
        cpu(
                "wordlist.table_build",
                1,
                3,
                () -> new WordListService(registry, queries.get(), analysis)
                        .list(new WordListQuery(
                                Benchmark.CORPUS_ID, null, Level.NORM, true, 1, null, 0, Benchmark.PAGE)));
        Benchmark.closeDatabase(dataSource);
    }

    private static volatile Object sink;

    private static void cpu(String name, int warmups, int runs, Supplier<?> work) {
        if (!name.matches(System.getProperty("timing.only", ".*"))) {
            return;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmups; i++) {
            sink = work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = threads.getCurrentThreadCpuTime();
            sink = work.get();
            ms[i] = (threads.getCurrentThreadCpuTime() - started) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%s %.2f ms cpu (min %.2f)%n", name, ms[runs / 2], ms[0]);
    }
}
