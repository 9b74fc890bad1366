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
import org.siyaq.concordance.ConcordanceQuery;
import org.siyaq.concordance.ConcordanceService;
import org.siyaq.concordance.KwicSort;
import org.siyaq.corpus.CorpusIngest;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.CorpusStore;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.index.CorpusIndex;
import org.siyaq.query.Deadline;
import org.siyaq.query.ParsedQuery;
import org.siyaq.query.QueryMatcher;
import org.siyaq.query.QueryParser;
import org.siyaq.query.QueryService;

/**
 * The phases of a concordance's first page (count + 50 lines in corpus order) at the benchmark's ranks, each
 * timed on its own by the current thread's CPU time (median and minimum), for a loaded machine: the forms of
 * the word's type, their count, documents and first positions, the whole hit list and the full match (the
 * path before issue 14's seventh session), {@link QueryService#first}, and the whole search on fresh services.
 *
 * <p>{@code java -cp <test classpath> org.siyaq.benchmark.ConcordancePhases dir [runs]}, {@code dir} holding a
 * store that {@link QueryCpu} or {@link Benchmark} left.
 */
public final class ConcordancePhases {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static volatile Object sink;

    private ConcordancePhases() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        ArabicAnalysis analysis = new ArabicAnalysis();
        HikariDataSource dataSource = Benchmark.dataSource(Path.of(args[0]).resolve("siyaq"));
        CorpusStore store = Benchmark.newStore(dataSource);
        LoadedCorpus corpus = new CorpusIngest(analysis, store)
                .open(store.corpus(Benchmark.CORPUS_ID).orElseThrow());
        CorpusIndex index = corpus.index();
        System.out.printf(
                "%d tokens, %d documents, %d forms, %d norm types%n",
                index.size(),
                index.docCount(),
                index.lexicon().formCount(),
                index.lexicon().typeCount(Level.NORM));
        QueryParser parser = new QueryParser(analysis);
        QueryMatcher matcher = new QueryMatcher();
        Supplier<QueryService> queries = () -> new QueryService(parser, matcher, Duration.ofMinutes(5));
        CorpusRegistry registry = new CorpusRegistry(null, null, null);
        List<String> words = Benchmark.wordsAtRanks(index);
        for (int r = 0; r < words.size(); r++) {
            String word = words.get(r);
            int type = index.lexicon().lookup(Level.NORM, word);
            int[] forms = index.lexicon().formsOf(Level.NORM, type);
            System.out.printf(
                    "rank %d: %d hits, %d forms%n", Benchmark.RANKS[r], index.freq(Level.NORM, type), forms.length);
            ParsedQuery query = parser.parse(word, Level.NORM);
            time("forms of the type", runs, () -> index.lexicon().formsOf(Level.NORM, type));
            time("count", runs, () -> index.countOfForms(forms));
            time("documents", runs, () -> index.documentsOfForms(forms, () -> {}));
            time("first 50 positions", runs, () -> index.firstPositionsOfForms(forms, 50));
            time("all positions (before)", runs, () -> index.positionsOfForms(forms));
            time("the full match (before)", runs, () -> matcher.find(index, query, Deadline.none()));
            time("QueryService.first, fresh service", runs, () -> queries.get().first(corpus, query, 50));
            time("the search, fresh services and text cache", runs, () -> {
                registry.put(LoadedCorpus.stored(corpus.info(), index, corpus.documents(), store));
                return new ConcordanceService(registry, queries.get())
                        .search(new ConcordanceQuery(
                                Benchmark.CORPUS_ID, null, word, Level.NORM, 7, KwicSort.CORPUS, 0, 50));
            });
        }
        Benchmark.closeDatabase(dataSource);
    }

    private static void time(String name, int runs, Supplier<?> work) {
        for (int i = 0; i < Math.max(2, runs / 2); i++) {
            sink = work.get();
        }
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = THREADS.getCurrentThreadCpuTime();
            sink = work.get();
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - started) / 1e6;
        }
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "  %-45s %8.3f ms (min %.3f)%n", name, cpu[runs / 2], cpu[0]);
    }
}
