package org.siyaq.concordance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.siyaq.analysis.Level;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.DocumentInfo;
import org.siyaq.corpus.DocumentText;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.index.CorpusIndex;
import org.siyaq.query.Hits;
import org.siyaq.query.QueryService;
import org.siyaq.query.ResultCache;
import org.springframework.stereotype.Service;

/**
 * Keyword-in-context lines: finds the query's matches, orders them (sorting on type ids, which are
 * in code-point order of the level's strings, with corpus order breaking ties), and cuts each line
 * out of the document's original text.
 */
@Service
public class ConcordanceService {

    private final CorpusRegistry corpora;
    private final QueryService queries;
    private final ResultCache<int[]> orders = new ResultCache<>(64L << 20, o -> 64L + 4L * o.length);

    public ConcordanceService(CorpusRegistry corpora, QueryService queries) {
        this.corpora = corpora;
        this.queries = queries;
    }

    public ConcordanceResult search(ConcordanceQuery q) {
        LoadedCorpus corpus = corpora.get(q.corpusId());
        Hits hits = queries.find(corpus, q.query(), q.level());
        int[] order = order(corpus, q, hits);
        int to = Math.min(order.length, q.offset() + q.limit());
        List<KwicLine> lines = new ArrayList<>(Math.max(0, to - q.offset()));
        for (int i = q.offset(); i < to; i++) {
            lines.add(line(corpus, order[i], hits.length(), q.context()));
        }
        return new ConcordanceResult(hits.count(), hits.documents(), q.offset(), lines);
    }

    /** Every line of the result in order, one at a time (for exports that must not hold them all). */
    public void forEachLine(ConcordanceQuery q, Consumer<KwicLine> sink) {
        LoadedCorpus corpus = corpora.get(q.corpusId());
        Hits hits = queries.find(corpus, q.query(), q.level());
        for (int start : order(corpus, q, hits)) {
            sink.accept(line(corpus, start, hits.length(), q.context()));
        }
    }

    /** Hits per document, for every document of the corpus (zeros included), in document order. */
    public List<DocumentHits> distribution(String corpusId, String query, Level level) {
        LoadedCorpus corpus = corpora.get(corpusId);
        Hits hits = queries.find(corpus, query, level);
        int[] counts = new int[corpus.documents().size()];
        for (int start : hits.starts()) {
            counts[corpus.index().docOf(start)]++;
        }
        List<DocumentHits> out = new ArrayList<>(counts.length);
        for (DocumentInfo doc : corpus.documents()) {
            int n = counts[doc.id()];
            double perMillion = doc.tokenCount() == 0 ? 0 : n * 1_000_000.0 / doc.tokenCount();
            out.add(new DocumentHits(doc.id(), doc.displayTitle(), n, doc.tokenCount(), perMillion));
        }
        return out;
    }

    /** The match starts in the requested order. */
    int[] order(LoadedCorpus corpus, ConcordanceQuery q, Hits hits) {
        if (q.sort() == KwicSort.CORPUS) {
            return hits.starts();
        }
        String key = QueryService.cacheKey(corpus) + q.level().key() + "|" + q.sort().key() + "|"
                + queries.parse(q.query(), q.level()).key();
        return orders.get(key, () -> sort(corpus.index(), hits, q.level(), q.sort()));
    }

    static int[] sort(CorpusIndex index, Hits hits, Level level, KwicSort sort) {
        int[] starts = hits.starts();
        int[] types = index.typeTable(level);
        int[] tokens = index.tokens();
        long[] keys = new long[starts.length];
        int doc = 0;
        for (int i = 0; i < starts.length; i++) {
            int start = starts[i];
            while (index.docEnd(doc) <= start) {
                doc++;
            }
            int at = switch (sort.offset()) {
                case 0 -> start;
                default -> sort.offset() < 0 ? start + sort.offset() : start + hits.length() - 1 + sort.offset();
            };
            // a word beyond the document's edge sorts before every word (key 0)
            long type = at < index.docStart(doc) || at >= index.docEnd(doc) ? 0 : types[tokens[at]] + 1L;
            keys[i] = type << 32 | i;
        }
        Arrays.sort(keys);
        int[] order = new int[starts.length];
        for (int i = 0; i < keys.length; i++) {
            order[i] = starts[(int) keys[i]];
        }
        return order;
    }

    private static KwicLine line(LoadedCorpus corpus, int start, int length, int context) {
        CorpusIndex index = corpus.index();
        int doc = index.docOf(start);
        int docStart = index.docStart(doc);
        int local = start - docStart;
        int docTokens = index.docEnd(doc) - docStart;
        int from = Math.max(0, local - context);
        int to = Math.min(docTokens, local + length + context);
        DocumentText text = corpus.text(doc);
        int nodeStart = text.tokenStarts()[local];
        int nodeEnd = text.tokenEnds()[local + length - 1];
        int beforeStart = from < local ? text.tokenStarts()[from] : nodeStart;
        int afterEnd = to > local + length ? text.tokenEnds()[to - 1] : nodeEnd;
        String t = text.text();
        return new KwicLine(doc, corpus.document(doc).displayTitle(), local, t.substring(beforeStart, nodeStart),
                t.substring(nodeStart, nodeEnd), t.substring(nodeEnd, afterEnd), nodeStart, nodeEnd, beforeStart, afterEnd);
    }
}
