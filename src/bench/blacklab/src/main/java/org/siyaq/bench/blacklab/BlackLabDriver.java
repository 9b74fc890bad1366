package org.siyaq.bench.blacklab;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.inl.blacklab.index.DocumentFormats;
import nl.inl.blacklab.index.Indexer;
import nl.inl.blacklab.indexers.config.ConfigInputFormat;
import nl.inl.blacklab.resultproperty.HitPropertyAfterHit;
import nl.inl.blacklab.search.BlackLab;
import nl.inl.blacklab.search.BlackLabIndex;
import nl.inl.blacklab.search.BlackLabIndexWriter;
import nl.inl.blacklab.search.Kwic;
import nl.inl.blacklab.search.TermFrequency;
import nl.inl.blacklab.search.TermFrequencyList;
import nl.inl.blacklab.search.indexmetadata.Annotation;
import nl.inl.blacklab.search.indexmetadata.MatchSensitivity;
import nl.inl.blacklab.search.lucene.BLSpanQuery;
import nl.inl.blacklab.search.results.ContextSize;
import nl.inl.blacklab.search.results.Hits;
import nl.inl.blacklab.search.results.Kwics;
import nl.inl.blacklab.search.results.QueryInfo;
import nl.inl.blacklab.search.textpattern.TextPatternTerm;
import org.apache.lucene.index.Term;

/**
 * The BlackLab 4 baseline of Siyaq's benchmark (issue 14 item 5), run in its own JVM because BlackLab pins
 * Lucene 8. It indexes the token files the benchmark wrote (one TSV per document: the written form and its
 * {@code norm}, from Siyaq's own analysis), then times the benchmark's queries on {@code norm} and prints one
 * line per figure, {@code FIGURE name value unit}, which the benchmark reads.
 *
 * <p>Arguments: {@code tsvDir indexDir formatFile warmups runs word...} (the words at ranks 1, 10, 100, 1,000).
 */
public final class BlackLabDriver {

    private static final int PAGE = 50;
    private static final int CONTEXT = 7;
    private static final int WINDOW = 5;
    private static final int[] RANKS = {1, 10, 100, 1000};
    private static final String NORM = "norm";

    private final BlackLabIndex index;
    private final Annotation norm;
    private final int warmups;
    private final int runs;
    private volatile Object sink;

    private BlackLabDriver(BlackLabIndex index, int warmups, int runs) {
        this.index = index;
        this.norm = index.mainAnnotatedField().annotation(NORM);
        this.warmups = warmups;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        File tsv = new File(args[0]);
        File dir = new File(args[1]);
        File format = new File(args[2]);
        int warmups = Integer.parseInt(args[3]);
        int runs = Integer.parseInt(args[4]);
        List<String> words = Arrays.asList(args).subList(5, args.length);

        long started = System.nanoTime();
        ConfigInputFormat config = new ConfigInputFormat(format);
        DocumentFormats.add(config);
        BlackLabIndexWriter writer = BlackLab.openForWriting(dir, true, config.getName());
        Indexer indexer = Indexer.create(writer, config.getName());
        indexer.setNumberOfThreadsToUse(Runtime.getRuntime().availableProcessors());
        double setupMs = (System.nanoTime() - started) / 1e6;
        put("blacklab.ingest.setup", setupMs, "ms");
        indexer.index(tsv, "*.tsv");
        put("blacklab.ingest.documents", (System.nanoTime() - started) / 1e6 - setupMs, "ms");
        indexer.close();
        double ingestMs = (System.nanoTime() - started) / 1e6;
        put("blacklab.ingest.time", ingestMs, "ms");

        started = System.nanoTime();
        BlackLabIndex index = BlackLab.open(dir);
        put("blacklab.reopen.time", (System.nanoTime() - started) / 1e6, "ms");
        long tokens = index.reader().getSumTotalTermFreq(index.mainAnnotatedField()
                .annotation(NORM)
                .sensitivity(MatchSensitivity.SENSITIVE)
                .luceneField());
        put("blacklab.corpus.tokens", tokens, "tokens");
        // per token without the fixed cost of the setup (loading the format, scanning the class path for indexers)
        put("blacklab.ingest.per_token", (ingestMs - setupMs) * 1e6 / tokens, "ns/token");

        BlackLabDriver driver = new BlackLabDriver(index, warmups, runs);
        for (int i = 0; i < words.size() && i < RANKS.length; i++) {
            String word = words.get(i);
            int rank = RANKS[i];
            put("blacklab.hits.rank" + rank, driver.find(word).size(), "hits");
            driver.time("blacklab.concordance.rank" + rank, () -> driver.concordance(word));
            driver.time("blacklab.concordance_sorted_after1.rank" + rank, () -> driver.sortedAfter1(word));
            driver.time("blacklab.collocates.rank" + rank, () -> driver.collocates(word, tokens));
        }
        index.close();
    }

    /** The hits of one {@code norm} value, found afresh (no result cache). */
    private Hits find(String word) {
        try {
            BLSpanQuery query = new TextPatternTerm(word, NORM, MatchSensitivity.SENSITIVE)
                    .toQuery(QueryInfo.create(index, index.mainAnnotatedField(), false));
            return index.find(query);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The number of hits and the first page of lines, ±7 tokens, in corpus order. */
    List<String> concordance(String word) {
        Hits hits = find(word);
        List<String> lines = lines(hits.window(0, PAGE));
        lines.add(Long.toString(hits.size()));
        return lines;
    }

    /** Every hit sorted by the {@code norm} of the token after it, and the first page of lines. */
    List<String> sortedAfter1(String word) {
        Hits hits = find(word).sort(new HitPropertyAfterHit(index, norm, MatchSensitivity.SENSITIVE, 1));
        return lines(hits.window(0, PAGE));
    }

    /**
     * Collocates ±5 at {@code norm}: BlackLab's own count of the tokens around every hit, then each collocate's
     * corpus frequency from the Lucene terms and G² (Dunning 1993, the table of docs/statistics.md), the first
     * page by G². BlackLab counts a token once per hit whose window holds it (Siyaq: once, in the union).
     */
    List<double[]> collocates(String word, long n) {
        Hits hits = find(word);
        long nodeFreq = hits.size();
        TermFrequencyList counts =
                hits.collocations(norm, ContextSize.get(WINDOW, WINDOW, false, Integer.MAX_VALUE), MatchSensitivity.SENSITIVE, false);
        long r1 = counts.totalFrequency();
        String field = norm.sensitivity(MatchSensitivity.SENSITIVE).luceneField();
        List<double[]> rows = new ArrayList<>();
        try {
            for (TermFrequency tf : counts) {
                long c1 = index.reader().totalTermFreq(new Term(field, tf.term));
                rows.add(new double[] {g2(tf.frequency, c1, r1, n), tf.frequency, c1});
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        rows.sort(Comparator.comparingDouble((double[] r) -> -r[0]));
        rows.add(new double[] {nodeFreq});
        return rows.subList(0, Math.min(PAGE, rows.size()));
    }

    private List<String> lines(Hits page) {
        Kwics kwics = page.kwics(ContextSize.get(CONTEXT, CONTEXT, true, Integer.MAX_VALUE));
        Annotation word = index.mainAnnotatedField().mainAnnotation();
        List<String> lines = new ArrayList<>();
        page.forEach(hit -> {
            Kwic kwic = kwics.get(hit);
            lines.add(String.join(" ", kwic.left(word)) + "\t" + String.join(" ", kwic.match(word)) + "\t"
                    + String.join(" ", kwic.right(word)));
        });
        return lines;
    }

    /** G² of the 2×2 table (Dunning 1993; the cells as in docs/statistics.md), a baseline's own copy. */
    static double g2(double o11, double c1, double r1, double n) {
        double[] o = {o11, r1 - o11, c1 - o11, n - r1 - c1 + o11};
        double[] e = {r1 * c1 / n, r1 * (n - c1) / n, (n - r1) * c1 / n, (n - r1) * (n - c1) / n};
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            sum += o[i] > 0 ? o[i] * Math.log(o[i] / e[i]) : 0;
        }
        return 2 * sum;
    }

    private void time(String name, Supplier<?> work) {
        for (int i = 0; i < warmups; i++) {
            sink = work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            sink = work.get();
            ms[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(ms);
        put(name, runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2, "ms");
    }

    private static void put(String name, double value, String unit) {
        System.out.printf(Locale.ROOT, "FIGURE %s %s %s%n", name, value, unit);
        System.out.flush();
    }
}
