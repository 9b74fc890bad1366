package org.siyaq.concordance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.corpus.DocumentInfo;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.corpus.TextSpan;
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
    /** Lines of one document whose matches are at most this many tokens apart are read together. */
    static final int CLUSTER_GAP = 256;
    /** Lines an export reads at a time: enough to share reads, few enough to keep memory flat. */
    static final int EXPORT_BLOCK = 512;
    /** Pages of a sorted result that end within this many lines are found by a bounded heap, not a full sort. */
    static final int FIRST_LINES = 1000;

    private final ResultCache<int[]> orders = new ResultCache<>(64L << 20, o -> 64L + 4L * o.length);

    public ConcordanceService(CorpusRegistry corpora, QueryService queries) {
        this.corpora = corpora;
        this.queries = queries;
    }

    public ConcordanceResult search(ConcordanceQuery q) {
        LoadedCorpus corpus = corpora.get(q.corpusId(), q.where());
        if (q.sort() == KwicSort.CORPUS && q.options().isNone()) {
            // a page in corpus order: the count and this page's hits, not always all of them (a frequent
            // word's millions of hits are neither merged nor held for its first pages)
            int to = (int) Math.min(Integer.MAX_VALUE, (long) q.offset() + q.limit());
            QueryService.FirstHits first = queries.first(corpus, queries.parse(q.query(), q.level()), to);
            int[] starts = first.first().starts();
            int end = Math.min(starts.length, to);
            int[] page = q.offset() >= end ? new int[0] : Arrays.copyOfRange(starts, q.offset(), end);
            return new ConcordanceResult(
                    first.count(), first.documents(), q.offset(), lines(corpus, page, first.first(), q));
        }
        Hits hits = queries.find(corpus, q.query(), q.level());
        if (q.sort() != KwicSort.CORPUS && q.options().isNone() && (long) q.offset() + q.limit() <= FIRST_LINES) {
            // an early page of a sorted result: its lines alone, without ordering all of them; the few lines
            // found are cached like an order, so the same page asked again is not computed again
            int k = q.offset() + q.limit();
            int[] first = orders.get(
                    orderKey(corpus, q) + "|first " + k,
                    () -> KwicOrder.first(corpus.index(), hits, q.level(), q.sort(), k));
            int[] page = q.offset() >= first.length ? new int[0] : Arrays.copyOfRange(first, q.offset(), first.length);
            return new ConcordanceResult(hits.count(), hits.documents(), q.offset(), lines(corpus, page, hits, q));
        }
        int[] order = order(corpus, q, hits);
        int to = Math.min(order.length, q.offset() + q.limit());
        int[] page = q.offset() >= to ? new int[0] : Arrays.copyOfRange(order, q.offset(), to);
        int documents = q.options().isNone() ? hits.documents() : documentsOf(corpus.index(), order);
        return new ConcordanceResult(order.length, documents, q.offset(), lines(corpus, page, hits, q));
    }

    /**
     * The lines of a page, in the page's order. Lines close together in one document (a page in corpus
     * order of a frequent word) share one read of the tokens they cover; others read only their own.
     */
    private static List<KwicLine> lines(LoadedCorpus corpus, int[] page, Hits hits, ConcordanceQuery q) {
        CorpusIndex index = corpus.index();
        int[] byPosition = page.clone();
        Arrays.sort(byPosition);
        Map<Integer, LineWindow> windows = new HashMap<>();
        for (int start : page) {
            windows.put(start, LineWindow.of(index, start, hits.lengthOf(start), q.context(), q.sentences()));
        }
        // the clusters first, then one batch read of all their spans
        int[] clusterFirst = new int[byPosition.length];
        int[] clusterEnd = new int[byPosition.length];
        int[] docs = new int[byPosition.length];
        int[] froms = new int[byPosition.length];
        int[] tos = new int[byPosition.length];
        int clusters = 0;
        for (int i = 0; i < byPosition.length; ) {
            int doc = index.docOf(byPosition[i]);
            int j = i + 1;
            int to = windows.get(byPosition[i]).to();
            while (j < byPosition.length
                    && index.docOf(byPosition[j]) == doc
                    && byPosition[j] - byPosition[j - 1] <= CLUSTER_GAP) {
                to = Math.max(to, windows.get(byPosition[j]).to());
                j++;
            }
            int docStart = index.docStart(doc);
            clusterFirst[clusters] = i;
            clusterEnd[clusters] = j;
            docs[clusters] = doc;
            froms[clusters] = windows.get(byPosition[i]).from() - docStart;
            tos[clusters] = to - docStart;
            clusters++;
            i = j;
        }
        List<TextSpan> read = corpus.spans(
                Arrays.copyOf(docs, clusters), Arrays.copyOf(froms, clusters), Arrays.copyOf(tos, clusters));
        Map<Integer, TextSpan> spans = new HashMap<>();
        for (int c = 0; c < clusters; c++) {
            for (int k = clusterFirst[c]; k < clusterEnd[c]; k++) {
                spans.put(byPosition[k], read.get(c));
            }
        }
        List<KwicLine> lines = new ArrayList<>(page.length);
        for (int start : page) {
            lines.add(line(corpus, start, hits.lengthOf(start), windows.get(start), spans.get(start)));
        }
        return lines;
    }

    /**
     * Every line of the result in order, one at a time (for exports that must not hold them all): read
     * a block of lines at a time, lines close together in a document sharing one read.
     */
    public void forEachLine(ConcordanceQuery q, Consumer<KwicLine> sink) {
        LoadedCorpus corpus = corpora.get(q.corpusId(), q.where());
        Hits hits = queries.find(corpus, q.query(), q.level());
        int[] order = order(corpus, q, hits);
        for (int from = 0; from < order.length; from += EXPORT_BLOCK) {
            int[] block = Arrays.copyOfRange(order, from, Math.min(order.length, from + EXPORT_BLOCK));
            lines(corpus, block, hits, q).forEach(sink);
        }
    }

    /**
     * Hits per document, for every document of the corpus, or of the sub-corpus {@code where} selects
     * ({@code null} for all), zeros included, in document order.
     */
    public List<DocumentHits> distribution(String corpusId, DocumentFilter where, String query, Level level) {
        LoadedCorpus corpus = corpora.get(corpusId, where);
        Hits hits = queries.find(corpus, query, level);
        int[] counts = new int[corpus.documents().size()];
        for (int start : hits.starts()) {
            counts[corpus.index().docOf(start)]++;
        }
        List<DocumentHits> out = new ArrayList<>(counts.length);
        for (int d = 0; d < counts.length; d++) {
            out.add(DocumentHits.of(corpus.document(d), counts[d]));
        }
        return out;
    }

    /**
     * Every match of {@code query} in the document {@code docId} of the whole corpus, in text order (for
     * the reader, which marks them all). The matches are the corpus's, so the query's cache serves both.
     */
    public List<DocumentMatch> matchesIn(String corpusId, int docId, String query, Level level) {
        LoadedCorpus corpus = corpora.get(corpusId);
        int doc = corpus.ordinalOf(docId);
        Hits hits = queries.find(corpus, query, level);
        int[] starts = hits.starts();
        int docStart = corpus.index().docStart(doc);
        int docEnd = corpus.index().docEnd(doc);
        int first = Arrays.binarySearch(starts, docStart);
        List<DocumentMatch> out = new ArrayList<>();
        for (int i = first < 0 ? -first - 1 : first; i < starts.length && starts[i] < docEnd; i++) {
            out.add(new DocumentMatch(starts[i] - docStart, Math.min(docEnd, starts[i] + hits.lengthAt(i)) - docStart));
        }
        return out;
    }

    /** The number of documents the lines starting at {@code starts} fall in. */
    private static int documentsOf(CorpusIndex index, int[] starts) {
        java.util.BitSet docs = new java.util.BitSet();
        for (int start : starts) {
            docs.set(index.docOf(start));
        }
        return docs.cardinality();
    }

    /** The match starts of the requested lines, in the requested order. */
    int[] order(LoadedCorpus corpus, ConcordanceQuery q, Hits hits) {
        if (q.sort() == KwicSort.CORPUS && q.options().isNone()) {
            return hits.starts();
        }
        return orders.get(orderKey(corpus, q), () -> KwicOrder.of(corpus, hits, q));
    }

    private String orderKey(LoadedCorpus corpus, ConcordanceQuery q) {
        return QueryService.cacheKey(corpus) + q.level().key() + "|"
                + q.sort().key() + "|" + q.options().key() + "|"
                + queries.parse(q.query(), q.level()).key();
    }

    /** The hits ordered by one sort level, ties in corpus order. */
    static int[] sort(CorpusIndex index, Hits hits, Level level, KwicSort sort) {
        int[] which = new int[hits.count()];
        Arrays.setAll(which, i -> i);
        int[] ordered = KwicOrder.sort(index, hits, which, level, List.of(sort));
        int[] starts = new int[ordered.length];
        for (int i = 0; i < ordered.length; i++) {
            starts[i] = hits.starts()[ordered[i]];
        }
        return starts;
    }

    /** One line cut from {@code text}, which covers at least the line's tokens. */
    private static KwicLine line(LoadedCorpus corpus, int start, int length, LineWindow window, TextSpan text) {
        CorpusIndex index = corpus.index();
        int doc = index.docOf(start);
        int docStart = index.docStart(doc);
        int local = start - docStart;
        int from = window.from() - docStart;
        int to = window.to() - docStart;
        int nodeStart = text.start(local);
        int nodeEnd = text.end(local + length - 1);
        int beforeStart = from < local ? text.start(from) : nodeStart;
        int afterEnd = to > local + length ? text.end(to - 1) : nodeEnd;
        DocumentInfo info = corpus.document(doc);
        return new KwicLine(
                info.id(),
                info.displayTitle(),
                local,
                text.chars(beforeStart, nodeStart),
                text.chars(nodeStart, nodeEnd),
                text.chars(nodeEnd, afterEnd),
                nodeStart,
                nodeEnd,
                beforeStart,
                afterEnd);
    }
}
