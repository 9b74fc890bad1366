package org.siyaq.collocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.index.CorpusIndex;
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
        List<CollocateRow> page = new ArrayList<>(Math.max(0, to - q.offset()));
        table.ranked().sortTo(to);
        for (int rank = q.offset(); rank < to; rank++) {
            page.add(row(corpus.index(), q, table, table.ranked().at(rank)));
        }
        return new CollocationResult(table.nodeFreq(), table.region(), table.tokens(), total, q.offset(), page);
    }

    /** Every row in the requested order, ignoring offset and limit (for CSV export). */
    public void forEachRow(CollocationQuery q, Consumer<CollocateRow> sink) {
        LoadedCorpus corpus = corpora.get(q.corpusId(), q.where());
        Table table = table(corpus, q);
        table.ranked().sortTo(table.types().length);
        for (int rank = 0; rank < table.types().length; rank++) {
            sink.accept(row(corpus.index(), q, table, table.ranked().at(rank)));
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
        int typeCount = index.lexicon().typeCount(q.level());
        CoOccurrenceRegion region = CoOccurrenceRegion.of(index, hits, q.left(), q.right());
        long r1 = region.size();
        CoOccurrenceRegion.TypeCounts counts = region.typeCounts(index.typeTable(q.level()), index.tokens(), typeCount);
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
        for (int i = 0; i < kept; i++) {
            values[i] = AssociationMeasures.value(q.sort(), o11[i], freq[types[i]], r1, index.size(), hits.count());
        }
        // equal values in type-id order, which is code-point order
        RankedRows ranked = new RankedRows(values, types, q.sort().ascending());
        return new Table(hits.count(), r1, index.size(), types, o11, ranked);
    }

    /** Candidate {@code i} of the table as a row with every measure. */
    private static CollocateRow row(CorpusIndex index, CollocationQuery q, Table table, int i) {
        int t = table.types()[i];
        return AssociationMeasures.row(
                index.lexicon().string(q.level(), t),
                table.o11()[i],
                index.freq(q.level(), t),
                table.region(),
                table.tokens(),
                table.nodeFreq());
    }

    /** The candidates (type and O11), ranked by the sort column. */
    private record Table(int nodeFreq, long region, long tokens, int[] types, int[] o11, RankedRows ranked) {}
}
