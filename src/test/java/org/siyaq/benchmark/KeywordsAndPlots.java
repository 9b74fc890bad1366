package org.siyaq.benchmark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Level;
import org.siyaq.analysis.Token;
import org.siyaq.corpus.CorpusInfo;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.CorpusStatus;
import org.siyaq.corpus.DocumentInfo;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.corpus.SeedCorpus;
import org.siyaq.corpus.SourceDocument;
import org.siyaq.corpus.Visibility;
import org.siyaq.dispersion.DispersionQuery;
import org.siyaq.dispersion.DispersionResult;
import org.siyaq.dispersion.DispersionService;
import org.siyaq.index.CorpusIndex;
import org.siyaq.index.IndexBuilder;
import org.siyaq.keywords.KeywordQuery;
import org.siyaq.keywords.KeywordService;
import org.siyaq.query.QueryMatcher;
import org.siyaq.query.QueryParser;
import org.siyaq.query.QueryService;
import org.siyaq.ui.concordance.DispersionPicture;

/**
 * The figures of issue 10 ({@code docs/performance.md}): keywords of a target against a reference of a
 * tenth of its size, and the dispersion plot of the word whose frequency is nearest 100,000, each on
 * fresh services so no cache answers a timed run. {@link Benchmark} runs it on its corpus; {@link #main}
 * runs it alone on corpora indexed in memory ({@code bench.tokens}, default 10,000,000;
 * {@code bench.referenceTokens}, default a tenth).
 */
public final class KeywordsAndPlots {

    static final String REFERENCE_ID = "benchmark-reference";
    static final int TARGET_HITS = 100_000;

    private KeywordsAndPlots() {}

    public static void main(String[] args) throws Exception {
        String file = System.getProperty("bench.out");
        PrintStream out =
                file == null ? System.out : new PrintStream(new TeeStream(System.out, Path.of(file)), true, "UTF-8");
        Figures figures = new Figures(out, Integer.getInteger("bench.warmups", 3), Integer.getInteger("bench.runs", 7));
        long tokens = Long.getLong("bench.tokens", 10_000_000L);
        ArabicAnalysis analysis = new ArabicAnalysis();
        figures.note("java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        long started = System.nanoTime();
        LoadedCorpus target = inMemory(analysis, Benchmark.CORPUS_ID, tokens, 20260101L);
        LoadedCorpus reference =
                inMemory(analysis, REFERENCE_ID, Long.getLong("bench.referenceTokens", tokens / 10), 20260202L);
        figures.put("pictures.index_in_memory.time", (System.nanoTime() - started) / 1e6, "ms");
        CorpusRegistry registry = new CorpusRegistry(null, null, null);
        registry.put(target);
        registry.put(reference);
        run(figures, registry, analysis, target, reference);
    }

    /** A synthetic corpus indexed in memory (no store): texts are kept, so nothing reads a disk. */
    static LoadedCorpus inMemory(ArabicAnalysis analysis, String id, long tokens, long seed) {
        SyntheticCorpus synthetic = SyntheticCorpus.of(
                analysis,
                new SeedCorpus().documents().stream().map(SourceDocument::text).toList(),
                tokens,
                seed);
        IndexBuilder builder = new IndexBuilder(analysis);
        List<DocumentInfo> documents = new ArrayList<>();
        for (SourceDocument doc : synthetic) {
            List<Token> found = analysis.tokenize(doc.text());
            int first = builder.tokenCount();
            builder.addDocument(found);
            documents.add(new DocumentInfo(
                    documents.size(),
                    doc.fileName(),
                    doc.title(),
                    null,
                    null,
                    null,
                    null,
                    Map.of(),
                    found.size(),
                    first,
                    doc.text().length()));
        }
        CorpusIndex index = builder.build();
        CorpusInfo info = new CorpusInfo(
                id,
                id,
                null,
                null,
                null,
                Visibility.CLASS,
                CorpusStatus.READY,
                documents.size(),
                index.size(),
                ArabicAnalysis.VERSION,
                Instant.EPOCH);
        return new LoadedCorpus(info, index, documents, d -> {
            throw new UnsupportedOperationException("the benchmark reads no text");
        });
    }

    static void run(
            Figures figures,
            CorpusRegistry registry,
            ArabicAnalysis analysis,
            LoadedCorpus target,
            LoadedCorpus reference) {
        figures.put("keywords.target.tokens", target.index().size(), "tokens");
        figures.put("keywords.reference.tokens", reference.index().size(), "tokens");
        KeywordQuery keywords = new KeywordQuery(
                target.id(), null, reference.id(), null, Level.NORM, true, 1, null, null, 0, Benchmark.PAGE);
        figures.time("keywords.first_page", () -> new KeywordService(registry, analysis).keywords(keywords));
        KeywordService warm = new KeywordService(registry, analysis);
        figures.put("keywords.rows", warm.keywords(keywords).totalRows(), "rows");
        figures.time(
                "keywords.later_page",
                () -> warm.keywords(new KeywordQuery(
                        target.id(),
                        null,
                        reference.id(),
                        null,
                        Level.NORM,
                        true,
                        1,
                        null,
                        null,
                        1000,
                        Benchmark.PAGE)));
        figures.time(
                "keywords.stopwords_out_negative",
                () -> new KeywordService(registry, analysis)
                        .keywords(new KeywordQuery(
                                target.id(),
                                null,
                                reference.id(),
                                null,
                                Level.NORM,
                                false,
                                0,
                                org.siyaq.keywords.KeywordDirection.NEGATIVE,
                                null,
                                0,
                                Benchmark.PAGE)));

        String word = wordNear(target.index(), TARGET_HITS);
        int freq = target.index().freq(Level.NORM, target.index().lexicon().lookup(Level.NORM, word));
        figures.note(
                "dispersion word: " + org.siyaq.analysis.script.Buckwalter.transliterate(word) + ", frequency " + freq);
        figures.put("dispersion.hits", freq, "hits");
        DispersionQuery plot = new DispersionQuery(target.id(), null, word, Level.NORM, 0, Benchmark.PAGE);
        // the query, the grouping by document, a page of 50 strips drawn as SVG: what opening the plot costs
        figures.time("dispersion.open_and_draw_page", () -> {
            DispersionResult r = dispersionService(registry, analysis).dispersion(plot);
            r.rows().forEach(d -> DispersionPicture.strip(d).dataUrl());
            return r;
        });
        // the picture for download: the first 500 documents in one SVG
        DispersionService warmPlot = dispersionService(registry, analysis);
        warmPlot.dispersion(plot);
        figures.time(
                "dispersion.download_picture_500",
                () -> DispersionPicture.picture(
                                "title",
                                List.of("legend"),
                                warmPlot.dispersion(new DispersionQuery(target.id(), null, word, Level.NORM, 0, 500))
                                        .rows(),
                                d -> d.hits() + " hits")
                        .finish());
    }

    private static DispersionService dispersionService(CorpusRegistry registry, ArabicAnalysis analysis) {
        return new DispersionService(
                registry, new QueryService(new QueryParser(analysis), new QueryMatcher(), Duration.ofMinutes(5)));
    }

    /** The plain word whose norm frequency is nearest {@code hits}. */
    static String wordNear(CorpusIndex index, int hits) {
        String best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int t = 0; t < index.lexicon().typeCount(Level.NORM); t++) {
            String s = index.lexicon().string(Level.NORM, t);
            long distance = Math.abs((long) index.freq(Level.NORM, t) - hits);
            if (distance < bestDistance && s.chars().allMatch(Character::isLetter)) {
                best = s;
                bestDistance = distance;
            }
        }
        return best;
    }
}
