package org.siyaq.dispersion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.index.CorpusIndex;
import org.siyaq.query.Hits;
import org.siyaq.query.ParsedQuery;
import org.siyaq.query.QueryService;
import org.siyaq.query.ResultCache;
import org.springframework.stereotype.Service;

/**
 * The data of a dispersion plot (AntConc's Plot): for each document with hits, in corpus order, where
 * the hits fall and how evenly; for the whole corpus, Gries' DP of the hits over the documents, as the
 * word list computes it for a word ({@code statistics.md}, "Word list"). The hits are grouped by
 * document once per query and cached, so a page costs only its documents.
 */
@Service
public class DispersionService {

    /** A document is cut into this many parts of equal length for its own DP. */
    public static final int PARTS = 10;

    private final CorpusRegistry corpora;
    private final QueryService queries;
    private final ResultCache<Grouped> groups = new ResultCache<>(32L << 20, g -> 128L + 8L * g.documents.length);

    public DispersionService(CorpusRegistry corpora, QueryService queries) {
        this.corpora = corpora;
        this.queries = queries;
    }

    /** The hits of a query grouped by document: the ordinals of the documents with hits and where each one's hits begin. */
    private record Grouped(Hits hits, int[] documents, int[] firstHit, double dp, double dpNorm) {}

    public DispersionResult dispersion(DispersionQuery q) {
        LoadedCorpus corpus = corpora.get(q.corpusId(), q.where());
        Grouped g = grouped(corpus, q);
        int to = (int) Math.min(g.documents.length, (long) q.offset() + q.limit());
        List<DocumentDispersion> rows = new ArrayList<>(Math.max(0, to - q.offset()));
        for (int i = q.offset(); i < to; i++) {
            rows.add(row(corpus, g, i));
        }
        return new DispersionResult(
                g.hits.count(),
                g.hits.length(),
                g.documents.length,
                corpus.documents().size(),
                g.dp,
                g.dpNorm,
                g.documents.length,
                q.offset(),
                rows);
    }

    /** Every document with hits, in corpus order (for CSV export). */
    public void forEachRow(DispersionQuery q, Consumer<DocumentDispersion> sink) {
        LoadedCorpus corpus = corpora.get(q.corpusId(), q.where());
        Grouped g = grouped(corpus, q);
        for (int i = 0; i < g.documents.length; i++) {
            sink.accept(row(corpus, g, i));
        }
    }

    private Grouped grouped(LoadedCorpus corpus, DispersionQuery q) {
        ParsedQuery parsed = queries.parse(q.query(), q.level());
        return groups.get(
                QueryService.cacheKey(corpus) + parsed.key(),
                () -> group(corpus.index(), queries.find(corpus, parsed)));
    }

    /**
     * One pass over the hits (in corpus order) and the documents. DP (Gries 2008) over the documents
     * with shares {@code s_i = tokens_i / N} and {@code v_i = hits_i / hits}; a document without hits adds
     * {@code s_i}, so {@code Σ_all |v_i − s_i| = Σ_{with hits} (|v_i − s_i| − s_i) + 1}. {@code dp_norm =
     * DP / (1 − min s_i)} over the documents with tokens (Lijffijt &amp; Gries 2012), 0 with fewer than two.
     */
    private static Grouped group(CorpusIndex index, Hits hits) {
        int[] starts = hits.starts();
        int[] documents = new int[Math.min(starts.length, index.docCount())];
        int[] firstHit = new int[documents.length + 1];
        int k = 0;
        int doc = 0;
        for (int h = 0; h < starts.length; h++) {
            while (index.docEnd(doc) <= starts[h]) {
                doc++;
            }
            if (k == 0 || documents[k - 1] != doc) {
                documents[k] = doc;
                firstHit[k] = h;
                k++;
            }
        }
        firstHit[k] = starts.length;
        double n = index.size();
        double sum = 0;
        for (int i = 0; i < k; i++) {
            double s = (index.docEnd(documents[i]) - index.docStart(documents[i])) / n;
            double v = (double) (firstHit[i + 1] - firstHit[i]) / starts.length;
            sum += Math.abs(v - s) - s;
        }
        double minShare = 1;
        int nonEmpty = 0;
        for (int d = 0; d < index.docCount(); d++) {
            int length = index.docEnd(d) - index.docStart(d);
            if (length > 0) {
                nonEmpty++;
                minShare = Math.min(minShare, length / n);
            }
        }
        // rounding can leave a perfectly even spread a hair below zero
        double dp = starts.length == 0 ? 0 : Math.max(0, 0.5 * (sum + 1));
        double dpNorm = nonEmpty < 2 ? 0 : dp / (1 - minShare);
        return new Grouped(hits, Arrays.copyOf(documents, k), Arrays.copyOf(firstHit, k + 1), dp, dpNorm);
    }

    private static DocumentDispersion row(LoadedCorpus corpus, Grouped g, int i) {
        int ordinal = g.documents[i];
        CorpusIndex index = corpus.index();
        int start = index.docStart(ordinal);
        int tokens = index.docEnd(ordinal) - start;
        int[] positions = new int[g.firstHit[i + 1] - g.firstHit[i]];
        for (int h = 0; h < positions.length; h++) {
            positions[h] = g.hits.starts()[g.firstHit[i] + h] - start;
        }
        var doc = corpus.document(ordinal);
        return new DocumentDispersion(
                doc.id(), doc.displayTitle(), tokens, positions.length, partsDp(positions, tokens), positions);
    }

    /**
     * Gries' DP (Gries 2008) of a document's hits over {@link #PARTS} parts of equal length: part {@code k}
     * holds tokens {@code [⌊k·L/10⌋, ⌊(k+1)·L/10⌋)} of the document's {@code L}, so {@code s_k} is its
     * length / L and {@code v_k} the share of the hits that start in it; {@code DP = 0.5 · Σ |v_k − s_k|}.
     */
    static double partsDp(int[] positions, int length) {
        int[] inPart = new int[PARTS];
        int k = 0;
        for (int p : positions) {
            while (p >= (long) (k + 1) * length / PARTS) {
                k++;
            }
            inPart[k]++;
        }
        double sum = 0;
        for (int part = 0; part < PARTS; part++) {
            long from = (long) part * length / PARTS;
            long to = (long) (part + 1) * length / PARTS;
            double s = (double) (to - from) / length;
            double v = (double) inPart[part] / positions.length;
            sum += Math.abs(v - s);
        }
        return 0.5 * sum;
    }
}
