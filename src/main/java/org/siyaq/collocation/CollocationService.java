package org.siyaq.collocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.index.CorpusIndex;
import org.siyaq.index.TopForms;
import org.siyaq.query.Hits;
import org.siyaq.query.ParsedQuery;
import org.siyaq.query.QueryService;
import org.siyaq.query.ResultCache;
import org.siyaq.statistics.RankedRows;
import org.siyaq.wordlist.StopWordTypes;
import org.springframework.stereotype.Service;

/**
 * Collocates of a node ({@code statistics.md}, "Collocates"): finds the node's occurrences, counts
 * every type in the union of their windows, builds each candidate's contingency table and measures,
 * and sorts by the chosen column (descending; p-values ascending), equal values by the word in
 * code-point order. Only the sort column is computed for every candidate, and only as many rows are
 * put in order as the pages asked for need ({@link RankedRows}); a page's rows get every measure when
 * they are shown. Tables are cached, so paging through one costs only the page.
 */
@Service
public class CollocationService {

    /** Rows given their forms at once when a whole table is exported. */
    static final int EXPORT_BLOCK = 8192;

    private final CorpusRegistry corpora;
    private final QueryService queries;
    private final ArabicAnalysis analysis;
    private final ResultCache<Table> tables = new ResultCache<>(64L << 20, t -> 128L + 24L * t.types().length);

    public CollocationService(CorpusRegistry corpora, QueryService queries, ArabicAnalysis analysis) {
        this.corpora = corpora;
        this.queries = queries;
        this.analysis = analysis;
    }

    public CollocationResult collocates(CollocationQuery q) {
        LoadedCorpus corpus = corpora.get(q.corpusId(), q.where());
        Table table = table(corpus, q);
        int total = table.types().length;
        int to = (int) Math.min(total, (long) q.offset() + q.limit());
        table.ranked().sortTo(to);
        List<CollocateRow> page = rows(corpus.index(), q, table, q.offset(), to);
        return new CollocationResult(table.nodeFreq(), table.region(), table.tokens(), total, q.offset(), page);
    }

    /** Every row in the requested order, ignoring offset and limit (for CSV export). */
    public void forEachRow(CollocationQuery q, Consumer<CollocateRow> sink) {
        LoadedCorpus corpus = corpora.get(q.corpusId(), q.where());
        Table table = table(corpus, q);
        int total = table.types().length;
        table.ranked().sortTo(total);
        for (int from = 0; from < total; from += EXPORT_BLOCK) {
            rows(corpus.index(), q, table, from, Math.min(total, from + EXPORT_BLOCK))
                    .forEach(sink);
        }
    }

    private Table table(LoadedCorpus corpus, CollocationQuery q) {
        ParsedQuery node = queries.parse(q.query(), q.level());
        String key = QueryService.cacheKey(corpus) + node.key() + "|"
                + q.level().key() + "|" + q.left() + "|" + q.right() + "|" + q.minO11() + "|" + q.minC1() + "|"
                + q.stopwords() + "|" + q.sort().key();
        return tables.get(key, () -> compute(corpus, queries.find(corpus, node), q));
    }

    private Table compute(LoadedCorpus corpus, Hits hits, CollocationQuery q) {
        CorpusIndex index = corpus.index();
        CoOccurrenceRegion region = CoOccurrenceRegion.of(index, hits, q.left(), q.right());
        long r1 = region.size();
        CoOccurrenceRegion.TypeCounts counts = region.typeCounts(index, q.level());
        boolean[] stop = q.stopwords() ? null : StopWordTypes.of(index, q.level(), analysis);
        int[] freq = index.freqTable(q.level());
        int[] types = new int[counts.types().length];
        int[] o11 = new int[types.length];
        int kept = 0;
        for (int i = 0; i < types.length; i++) {
            int t = counts.types()[i];
            int o = counts.counts()[i];
            if (o >= q.minO11() && freq[t] >= q.minC1() && (stop == null || !stop[t])) {
                types[kept] = t;
                o11[kept++] = o;
            }
        }
        types = Arrays.copyOf(types, kept);
        o11 = Arrays.copyOf(o11, kept);
        double[] values = new double[kept];
        SmallCountValues small = new SmallCountValues(q.sort(), r1, index.size(), hits.count());
        for (int i = 0; i < kept; i++) {
            values[i] = small.value(o11[i], freq[types[i]]);
        }
        // equal values in type-id order, which is code-point order
        RankedRows ranked = new RankedRows(values, types, q.sort().ascending());
        return new Table(hits.count(), r1, index.size(), types, o11, ranked);
    }

    /**
     * Ranks {@code from} to {@code to} as rows with every measure and their written forms, found for
     * the whole block in one pass ({@link TopForms}).
     */
    private static List<CollocateRow> rows(CorpusIndex index, CollocationQuery q, Table table, int from, int to) {
        int[] candidates = new int[Math.max(0, to - from)];
        int[] types = new int[candidates.length];
        for (int k = 0; k < candidates.length; k++) {
            candidates[k] = table.ranked().at(from + k);
            types[k] = table.types()[candidates[k]];
        }
        List<List<String>> forms = TopForms.of(index, q.level(), types);
        List<CollocateRow> rows = new ArrayList<>(candidates.length);
        for (int k = 0; k < candidates.length; k++) {
            int t = types[k];
            rows.add(AssociationMeasures.row(
                    index.lexicon().string(q.level(), t),
                    table.o11()[candidates[k]],
                    index.freq(q.level(), t),
                    table.region(),
                    table.tokens(),
                    table.nodeFreq(),
                    forms.get(k)));
        }
        return rows;
    }

    /** The candidates (type and O11), ranked by the sort column. */
    private record Table(int nodeFreq, long region, long tokens, int[] types, int[] o11, RankedRows ranked) {}
}
