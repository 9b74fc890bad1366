package org.siyaq.concordance;

import java.util.ArrayList;
import java.util.List;
import org.siyaq.analysis.Level;
import org.siyaq.collocation.CollocationQuery;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.index.CorpusIndex;
import org.siyaq.query.Hits;
import org.siyaq.query.QueryService;
import org.springframework.stereotype.Service;

/**
 * The concordance lines behind one row of the collocates table: the node's lines whose window holds
 * the collocate at the query's level. The window is the one {@code statistics.md} defines for
 * collocates (up to {@code left} tokens before and {@code right} after the node, clipped at the
 * document's edges, the node's own tokens left out), so every line shown is one the row counted.
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
        List<KwicLine> out = new ArrayList<>();
        if (type < 0) {
            return out;
        }
        Hits hits = queries.find(corpus, q.query(), q.level());
        concordances.forEachLine(q, line -> {
            int start = index.docStart(corpus.ordinalOf(line.docId())) + line.position();
            if (inWindow(index, q.level(), type, start, hits.lengthOf(start), left, right)) {
                out.add(line);
            }
        });
        return out;
    }

    /** Whether a token of {@code type} lies in the window of the match at {@code start} spanning {@code length} tokens. */
    static boolean inWindow(CorpusIndex index, Level level, int type, int start, int length, int left, int right) {
        int doc = index.docOf(start);
        int from = Math.max(index.docStart(doc), start - left);
        int to = Math.min(index.docEnd(doc), start + length + right);
        for (int p = from; p < to; p++) {
            if ((p < start || p >= start + length) && index.typeAt(level, p) == type) {
                return true;
            }
        }
        return false;
    }
}
