package org.siyaq.concordance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.siyaq.analysis.Level;
import org.siyaq.collocation.CollocationQuery;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.corpus.TextSpan;
import org.siyaq.index.CorpusIndex;
import org.siyaq.query.Hits;
import org.siyaq.query.QueryService;
import org.springframework.stereotype.Service;

/**
 * The concordance lines behind one row of the collocates table: the node's lines whose window holds
 * the collocate at the query's level. The window is the one {@code statistics.md} defines for
 * collocates (up to {@code left} tokens before and {@code right} after the node, clipped at the
 * document's edges, the node's own tokens left out), so every line shown is one the row counted. Each
 * line carries where the collocate's tokens in its window are ({@link KwicLine#collocates()}), so that
 * they can be marked.
 */
@Service
public class CollocateFilter {

    private final ConcordanceService concordances;
    private final CorpusRegistry corpora;
    private final QueryService queries;

    public CollocateFilter(ConcordanceService concordances, CorpusRegistry corpora, QueryService queries) {
        this.concordances = concordances;
        this.corpora = corpora;
        this.queries = queries;
    }

    /** The collocate, a string at the query's level, and the window it must fall in: {@code left} tokens before the node, {@code right} after. */
    public record Window(String word, int left, int right) {
        public Window {
            if (left < 0 || right < 0 || left > CollocationQuery.MAX_WINDOW || right > CollocationQuery.MAX_WINDOW) {
                throw InvalidRequestException.of("request.window-range", CollocationQuery.MAX_WINDOW, left, right);
            }
        }
    }

    /** Every line of {@code q} (in its sort order; its offset and limit are ignored) with the collocate in its window. */
    public List<KwicLine> lines(ConcordanceQuery q, Window window) {
        return lines(q, window.word(), window.left(), window.right());
    }

    /** Hits per document of the filtered {@code lines} of {@code q}: every document of its corpus or sub-corpus, zeros included. */
    public List<DocumentHits> distribution(ConcordanceQuery q, List<KwicLine> lines) {
        return DocumentHits.count(corpora.get(q.corpusId(), q.where()).documents(), lines);
    }

    /**
     * Every line of {@code q} (in its sort order; its offset and limit are ignored) with {@code collocate},
     * a string at {@code q.level()}, within {@code left} tokens before or {@code right} tokens after the node.
     */
    public List<KwicLine> lines(ConcordanceQuery q, String collocate, int left, int right) {
        LoadedCorpus corpus = corpora.get(q.corpusId(), q.where());
        CorpusIndex index = corpus.index();
        int type = index.lexicon().lookup(q.level(), collocate);
        List<KwicLine> kept = new ArrayList<>();
        if (type < 0) {
            return kept;
        }
        Hits hits = queries.find(corpus, q.query(), q.level());
        List<int[]> found = new ArrayList<>();
        List<Integer> ordinals = new ArrayList<>();
        concordances.forEachLine(q, line -> {
            int ordinal = corpus.ordinalOf(line.docId());
            int docStart = index.docStart(ordinal);
            int start = docStart + line.position();
            int[] at = collocatesInWindow(index, q.level(), type, start, hits.lengthOf(start), left, right);
            if (at.length > 0) {
                kept.add(line);
                ordinals.add(ordinal);
                found.add(Arrays.stream(at).map(p -> p - docStart).toArray());
            }
        });
        return withOffsets(corpus, kept, ordinals, found);
    }

    /** The kept lines with their collocate tokens as character offsets: one read of the spans that hold those tokens. */
    private static List<KwicLine> withOffsets(
            LoadedCorpus corpus, List<KwicLine> kept, List<Integer> ordinals, List<int[]> found) {
        int n = kept.size();
        int[] docs = new int[n];
        int[] froms = new int[n];
        int[] tos = new int[n];
        for (int i = 0; i < n; i++) {
            int[] at = found.get(i);
            docs[i] = ordinals.get(i);
            froms[i] = at[0];
            tos[i] = at[at.length - 1] + 1;
        }
        List<TextSpan> spans = corpus.spans(docs, froms, tos);
        List<KwicLine> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TextSpan span = spans.get(i);
            List<TextRange> ranges = Arrays.stream(found.get(i))
                    .mapToObj(p -> new TextRange(span.start(p), span.end(p)))
                    .toList();
            out.add(kept.get(i).withCollocates(ranges));
        }
        return out;
    }

    /** Whether a token of {@code type} lies in the window of the match at {@code start} spanning {@code length} tokens. */
    static boolean inWindow(CorpusIndex index, Level level, int type, int start, int length, int left, int right) {
        return collocatesInWindow(index, level, type, start, length, left, right).length > 0;
    }

    /**
     * The corpus positions of the tokens of {@code type} in the window of the match at {@code start}
     * spanning {@code length} tokens, in text order (the match's own tokens left out).
     */
    static int[] collocatesInWindow(
            CorpusIndex index, Level level, int type, int start, int length, int left, int right) {
        int doc = index.docOf(start);
        int from = Math.max(index.docStart(doc), start - left);
        int to = Math.min(index.docEnd(doc), start + length + right);
        return java.util.stream.IntStream.range(from, to)
                .filter(p -> (p < start || p >= start + length) && index.typeAt(level, p) == type)
                .toArray();
    }
}
