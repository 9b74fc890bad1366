package org.siyaq.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
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
import org.siyaq.corpus.CorpusStatus;
import org.siyaq.corpus.CorpusStore;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.corpus.SeedCorpus;
import org.siyaq.corpus.SourceDocument;
import org.siyaq.corpus.Visibility;
import org.siyaq.index.CorpusIndex;
import org.siyaq.ngram.NGramQuery;
import org.siyaq.ngram.NGramService;
import org.siyaq.query.QueryMatcher;
import org.siyaq.query.QueryParser;
import org.siyaq.query.QueryService;
import org.siyaq.wordlist.WordListQuery;
import org.siyaq.wordlist.WordListService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark of issue 5 ({@code docs/performance.md}): generates a synthetic corpus, ingests it
 * through the real path into H2 in file mode, reopens it, times every table on words of frequency
 * rank 1, 10, 100 and 1,000, and runs the same work on a Lucene index and on one H2 row per token.
 *
 * <p>System properties: {@code bench.tokens} (default 10,000,000), {@code bench.sqlTokens} (size of the
 * SQL slice, default 1,000,000), {@code bench.dir} (default {@code target/benchmark}), {@code bench.runs}
 * (timed runs per figure, default 7), {@code bench.warmups} (default 3), {@code bench.baselines}
 * ({@code lucene,sql} by default; {@code blacklab} adds BlackLab 4 in its own JVM, see {@link BlackLabBaseline};
 * empty for Siyaq only), {@code bench.out} (a file that gets a copy of the figures),
 * {@code bench.ingestOnly} ({@code true}: stop after ingest, reopen and heap, for profiling those),
 * {@code bench.reopens} (timed reopens after the first, default 3; 0 for none),
 * {@code bench.histogram} ({@code true}: print the index's bytes part by part and the class histogram
 * with the corpus loaded and released, {@link HeapReport}).
 */
public final class Benchmark {

    static final int[] RANKS = {1, 10, 100, 1000};
    static final int PAGE = 50;
    static final int WINDOW = 5;
    static final String CORPUS_ID = "benchmark";

    private final ArabicAnalysis analysis = new ArabicAnalysis();
    private final CorpusRegistry registry = new CorpusRegistry(null, null, null);
    private final Figures figures;
    private final long tokens;
    private final long sqlTokens;
    private final Path dir;
    private final String baselines;
    private final int warmups;
    private final int runs;
    private final SyntheticCorpus.Kind corpusKind =
            SyntheticCorpus.Kind.parse(System.getProperty("bench.corpus", "inflected"));

    private Benchmark(PrintStream out, long tokens, long sqlTokens, Path dir, int warmups, int runs, String baselines) {
        this.figures = new Figures(out, warmups, runs);
        this.tokens = tokens;
        this.sqlTokens = sqlTokens;
        this.dir = dir;
        this.baselines = baselines;
        this.warmups = warmups;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        String file = System.getProperty("bench.out");
        PrintStream out =
                file == null ? System.out : new PrintStream(new TeeStream(System.out, Path.of(file)), true, "UTF-8");
        Benchmark benchmark = new Benchmark(
                out,
                Long.getLong("bench.tokens", 10_000_000L),
                Long.getLong("bench.sqlTokens", 1_000_000L),
                Path.of(System.getProperty("bench.dir", "target/benchmark")),
                Integer.getInteger("bench.warmups", 3),
                Integer.getInteger("bench.runs", 7),
                System.getProperty("bench.baselines", "lucene,sql"));
        benchmark.run();
    }

    private void run() throws Exception {
        Runtime rt = Runtime.getRuntime();
        figures.note(
                "load average " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        figures.note("java " + Runtime.version() + ", " + rt.availableProcessors() + " cores, max heap "
                + rt.maxMemory() / (1 << 20) + " MB, " + tokens + " tokens");
        deleteRecursively(dir);
        Files.createDirectories(dir);

        long started = System.nanoTime();
        SyntheticCorpus synthetic = SyntheticCorpus.of(
                corpusKind,
                analysis,
                new SeedCorpus().documents().stream().map(SourceDocument::text).toList(),
                tokens,
                20260101L);
        figures.note("corpus " + corpusKind.name().toLowerCase(java.util.Locale.ROOT));
        // the texts in memory before the ingest, as the application's loaders hand them over (corpus/load): the
        // synthetic list makes a document's text again at every get, and the ingest reads each document several
        // times, so a lazy list at 100M charged about 40 s of generating to the ingest's thread (docs/performance.md,
        // "the twelfth session")
        List<SourceDocument> documents = List.copyOf(synthetic);
        figures.put("generate.documents", documents.size(), "documents");
        figures.put("generate.time", (System.nanoTime() - started) / 1e6, "ms");

        long heapBefore = usedHeapAfterGc();
        HikariDataSource dataSource = dataSource(dir.resolve("siyaq"));
        CorpusStore store = newStore(dataSource);
        figures.note("load average before ingest "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long cpuStarted = processCpuNanos();
        ThreadCpu threads = new ThreadCpu();
        started = System.nanoTime();
        LoadedCorpus ingested = new CorpusIngest(analysis, store).ingest(info(), documents, p -> {});
        double ingestMs = (System.nanoTime() - started) / 1e6;
        threads.close();
        threads.seconds().forEach((group, s) -> figures.put("siyaq.ingest.cpu." + group, s * 1000, "ms"));
        // CPU time of the whole process (every thread): what ingest costs whatever the other load on the machine
        figures.put("siyaq.ingest.cpu", (processCpuNanos() - cpuStarted) / 1e6, "ms");
        figures.note("load average after ingest "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        int n = ingested.index().size();
        figures.put("corpus.tokens", n, "tokens");
        figures.put("corpus.types.form", ingested.index().lexicon().typeCount(Level.FORM), "types");
        figures.put("corpus.types.norm", ingested.index().lexicon().typeCount(Level.NORM), "types");
        figures.put("siyaq.ingest.time", ingestMs, "ms");
        figures.put("siyaq.ingest.rate", n / (ingestMs / 1000), "tokens/s");
        figures.put("siyaq.ingest.per_token", ingestMs * 1e6 / n, "ns/token");
        ingested = null;
        closeDatabase(dataSource);

        // a restart: a new connection pool, store and ingest, as the application makes them
        started = System.nanoTime();
        dataSource = dataSource(dir.resolve("siyaq"));
        store = newStore(dataSource);
        CorpusInfo stored = store.corpus(CORPUS_ID).orElseThrow();
        LoadedCorpus corpus = new CorpusIngest(analysis, store).open(stored);
        figures.put("siyaq.reopen.time", (System.nanoTime() - started) / 1e6, "ms");
        CorpusStore reopenedStore = store;
        int reopens = Integer.getInteger("bench.reopens", 3);
        if (reopens > 0) {
            figures.time(
                    "siyaq.reopen.median", 1, reopens, () -> new CorpusIngest(analysis, reopenedStore).open(stored));
        }

        long heapLoaded = usedHeapAfterGc();
        boolean histogram = Boolean.getBoolean("bench.histogram");
        if (histogram) {
            HeapReport.parts(figures, corpus.index());
            figures.note("class histogram, corpus loaded:\n" + HeapReport.classHistogram(25));
        }
        corpus = null;
        long heapReleased = usedHeapAfterGc();
        if (histogram) {
            figures.note("class histogram, corpus released:\n" + HeapReport.classHistogram(25));
        }
        corpus = new CorpusIngest(analysis, store).open(stored);
        figures.put("siyaq.heap.per_token", (double) (heapLoaded - heapReleased) / n, "bytes/token");
        figures.put("siyaq.heap.per_token_with_store", (double) (heapLoaded - heapBefore) / n, "bytes/token");
        if (Boolean.getBoolean("bench.ingestOnly")) {
            closeDatabase(dataSource);
            return;
        }

        List<String> words = wordsAtRanks(corpus.index());
        List<String> byFrequency = wordsByFrequency(corpus.index(), HttpAnswers.WORDS);
        for (int i = 0; i < RANKS.length; i++) {
            figures.note("rank " + RANKS[i] + ": " + words.get(i) + " ("
                    + org.siyaq.analysis.script.Buckwalter.transliterate(words.get(i)) + "), frequency "
                    + corpus.index().freq(Level.NORM, corpus.index().lexicon().lookup(Level.NORM, words.get(i))));
        }
        siyaqQueries(corpus, reopenedStore, words);
        // issue 10: keywords against a reference of a tenth of the size, and the dispersion plot of a 100,000-hit word
        LoadedCorpus reference =
                KeywordsAndPlots.inMemory(analysis, KeywordsAndPlots.REFERENCE_ID, Math.max(1_000, n / 10), 20260202L);
        registry.put(reference);
        KeywordsAndPlots.run(figures, registry, analysis, corpus, reference);

        LuceneBaseline lucene = null;
        if (baselines.contains("lucene")) {
            lucene = new LuceneBaseline(analysis, dir.resolve("lucene"), figures);
            lucene.index(documents);
            lucene.queries(words);
        }
        if (baselines.contains("blacklab")) {
            new BlackLabBaseline(analysis, dir.resolve("blacklab"), figures, warmups, runs).run(documents, words);
        }
        if (baselines.contains("sql")) {
            List<SourceDocument> slice = slice(documents, sqlTokens);
            SqlBaseline sql = new SqlBaseline(analysis, dir.resolve("sql"), figures);
            sql.load(slice);
            sql.queries(words);
            sql.close();
            if (sqlTokens < n) {
                figures.note("the SQL figures are on the first " + sqlTokens + " tokens; their ratios compare Siyaq on "
                        + n + " tokens with SQL on the slice, which favours SQL");
            }
        }
        ratios();
        figures.note(
                "load average " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (lucene != null) {
            lucene.close();
        }
        closeDatabase(dataSource);
        // the application itself opens the database: a rare word's page over HTTP
        HttpAnswers.run(figures, dir, byFrequency, runs);
    }

    /** The Siyaq figures, on fresh services each run so no result cache answers a timed run. */
    private void siyaqQueries(LoadedCorpus corpus, CorpusStore store, List<String> words) {
        for (int i = 0; i < RANKS.length; i++) {
            String word = words.get(i);
            int rank = RANKS[i];
            figures.time(
                    "siyaq.concordance.rank" + rank,
                    () -> services(corpus, store)
                            .concordance
                            .search(new ConcordanceQuery(
                                    CORPUS_ID, null, word, Level.NORM, 7, KwicSort.CORPUS, 0, PAGE)));
            figures.time(
                    "siyaq.concordance_sorted_after1.rank" + rank,
                    () -> services(corpus, store)
                            .concordance
                            .search(new ConcordanceQuery(
                                    CORPUS_ID, null, word, Level.NORM, 7, KwicSort.AFTER1, 0, PAGE)));
            figures.time(
                    "siyaq.collocates.rank" + rank,
                    () -> services(corpus, store)
                            .collocation
                            .collocates(new CollocationQuery(
                                    CORPUS_ID,
                                    null,
                                    word,
                                    Level.NORM,
                                    WINDOW,
                                    WINDOW,
                                    1,
                                    1,
                                    true,
                                    CollocationMeasure.LOG_LIKELIHOOD,
                                    0,
                                    PAGE)));
        }
        cqlQueries(corpus, store, words);
        // building the norm table: what the application does in the background when it opens a corpus
        figures.time(
                "siyaq.wordlist.table_build",
                () -> services(corpus, store)
                        .wordList
                        .list(new WordListQuery(CORPUS_ID, null, Level.NORM, true, 1, null, 0, PAGE)));
        // the first request a user makes, the table having been built at open (untimed)
        figures.time(
                "siyaq.wordlist.first_page",
                () -> {
                    Services fresh = services(corpus, store);
                    fresh.wordList.prebuild(corpus);
                    return fresh;
                },
                fresh -> fresh.wordList.list(new WordListQuery(CORPUS_ID, null, Level.NORM, true, 1, null, 0, PAGE)));
        Services warm = services(corpus, store);
        warm.wordList.list(new WordListQuery(CORPUS_ID, null, Level.NORM, true, 1, null, 0, PAGE));
        figures.time(
                "siyaq.wordlist.later_page",
                () -> warm.wordList.list(new WordListQuery(CORPUS_ID, null, Level.NORM, true, 1, null, 1000, PAGE)));
        figures.time(
                "siyaq.ngram3.first_time",
                1,
                3,
                () -> services(corpus, store)
                        .ngram
                        .ngrams(new NGramQuery(CORPUS_ID, null, 3, Level.NORM, 2, null, 0, PAGE)));
        warm.ngram.ngrams(new NGramQuery(CORPUS_ID, null, 3, Level.NORM, 2, null, 0, PAGE));
        figures.time(
                "siyaq.ngram3.later_page",
                () -> warm.ngram.ngrams(new NGramQuery(CORPUS_ID, null, 3, Level.NORM, 2, null, 5000, PAGE)));
    }

    /**
     * CQL patterns (issue 13), count and first page: a two-token pattern whose rarer token is at rank 100,
     * patterns that begin with [] or with the rank-1 word, and a gap []{0,3} after the rank-10 word.
     */
    private void cqlQueries(LoadedCorpus corpus, CorpusStore store, List<String> words) {
        String rank1 = "[norm=\"" + words.get(0) + "\"]";
        String rank10 = "[norm=\"" + words.get(1) + "\"]";
        String rank100 = "[norm=\"" + words.get(2) + "\"]";
        List<String[]> patterns = List.of(
                new String[] {"siyaq.cql.two_tokens.rank100", rank100 + " " + rank1},
                new String[] {"siyaq.cql.any_then.rank1", "[] " + rank1},
                new String[] {"siyaq.cql.starts_with.rank1", rank1 + " " + rank10},
                new String[] {"siyaq.cql.gap3.rank10", rank10 + " []{0,3} " + rank1},
                new String[] {"siyaq.cql.gap3_within_s.rank10", rank10 + " []{0,3} " + rank1 + " within <s/>"});
        for (String[] p : patterns) {
            figures.note(p[0] + ": " + p[1]);
            figures.time(
                    p[0],
                    () -> services(corpus, store)
                            .concordance
                            .search(new ConcordanceQuery(
                                    CORPUS_ID, null, p[1], Level.NORM, 7, KwicSort.CORPUS, 0, PAGE)));
        }
    }

    private record Services(
            ConcordanceService concordance,
            CollocationService collocation,
            WordListService wordList,
            NGramService ngram) {}

    /** New services and a new corpus object (with an empty text cache) over the same index and store. */
    private Services services(LoadedCorpus corpus, CorpusStore store) {
        registry.put(LoadedCorpus.stored(corpus.info(), corpus.index(), corpus.documents(), store));
        QueryService queries = new QueryService(new QueryParser(analysis), new QueryMatcher(), Duration.ofMinutes(5));
        return new Services(
                new ConcordanceService(registry, queries),
                new CollocationService(registry, queries, analysis),
                new WordListService(registry, queries, analysis),
                new NGramService(registry, queries));
    }

    private void ratios() {
        for (int rank : RANKS) {
            for (String baseline : List.of("lucene", "sql", "blacklab")) {
                figures.ratio(
                        baseline + ".concordance.rank" + rank,
                        "siyaq.concordance.rank" + rank,
                        baseline + ".concordance.rank" + rank);
                figures.ratio(
                        baseline + ".concordance_sorted_after1.rank" + rank,
                        "siyaq.concordance_sorted_after1.rank" + rank,
                        baseline + ".concordance_sorted_after1.rank" + rank);
                figures.ratio(
                        baseline + ".collocates.rank" + rank,
                        "siyaq.collocates.rank" + rank,
                        baseline + ".collocates.rank" + rank);
            }
        }
        for (String baseline : List.of("lucene", "sql", "blacklab")) {
            figures.ratio(baseline + ".ingest.per_token", "siyaq.ingest.per_token", baseline + ".ingest.per_token");
            figures.ratio(
                    baseline + ".wordlist.first_page", "siyaq.wordlist.first_page", baseline + ".wordlist.first_page");
            figures.ratio(baseline + ".ngram3.first_time", "siyaq.ngram3.first_time", baseline + ".ngram3.first_time");
        }
    }

    /** The {@code norm} strings at the frequency ranks, most frequent first, ties by code-point order. */
    static List<String> wordsAtRanks(CorpusIndex index) {
        List<String> byFreq = wordsByFrequency(index, RANKS[RANKS.length - 1]);
        List<String> out = new ArrayList<>();
        for (int rank : RANKS) {
            out.add(byFreq.get(Math.min(rank, byFreq.size()) - 1));
        }
        return out;
    }

    /** The first {@code count} {@code norm} strings by frequency, most frequent first, ties by code-point order. */
    static List<String> wordsByFrequency(CorpusIndex index, int count) {
        int types = index.lexicon().typeCount(Level.NORM);
        return IntStream.range(0, types)
                .boxed()
                .filter(t -> isPlainWord(index.lexicon().string(Level.NORM, t)))
                .sorted(Comparator.comparingInt((Integer t) -> -index.freq(Level.NORM, t))
                        .thenComparingInt(t -> t))
                .limit(count)
                .map(t -> index.lexicon().string(Level.NORM, t))
                .toList();
    }

    /** A word the query syntax reads literally (no wildcard, regex or level prefix characters). */
    private static boolean isPlainWord(String s) {
        return s.chars().allMatch(Character::isLetter);
    }

    private static List<SourceDocument> slice(List<SourceDocument> documents, long tokens) {
        List<SourceDocument> out = new ArrayList<>();
        long words = 0;
        for (SourceDocument d : documents) {
            if (words >= tokens) {
                break;
            }
            out.add(d);
            words += d.text().chars().filter(c -> c == ' ' || c == '\n').count();
        }
        return out;
    }

    /**
     * A pooled data source as the application configures it (a pool keeps the H2 database open between queries; each
     * commit written before it returns, {@code WRITE_DELAY=0}, as {@code application.properties} has it), or with the
     * settings of {@code bench.h2}.
     */
    static HikariDataSource dataSource(Path file) {
        return dataSource(file, System.getProperty("bench.h2", ";WRITE_DELAY=0"));
    }

    static HikariDataSource dataSource(Path file, String settings) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE" + settings);
        dataSource.setUsername("siyaq");
        dataSource.setPassword("");
        dataSource.setMaximumPoolSize(8);
        return dataSource;
    }

    static CorpusStore newStore(DataSource dataSource) {
        return new CorpusStore(
                new JdbcTemplate(dataSource), new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    static CorpusInfo info() {
        return new CorpusInfo(
                CORPUS_ID,
                "Benchmark",
                "A synthetic corpus",
                null,
                null,
                Visibility.CLASS,
                CorpusStatus.INDEXING,
                0,
                0,
                0,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    static void closeDatabase(HikariDataSource dataSource) {
        new JdbcTemplate(dataSource).execute("SHUTDOWN");
        dataSource.close();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
