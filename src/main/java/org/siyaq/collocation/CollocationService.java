package org.siyaq.collocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.index.CorpusIndex;
import org.siyaq.index.Lexicon;
import org.siyaq.query.Hits;
import org.siyaq.query.ParsedQuery;
import org.siyaq.query.QueryService;
import org.siyaq.query.ResultCache;
import org.siyaq.wordlist.StopWordTypes;
import org.springframework.stereotype.Service;

/**
 * Collocates of a node ({@code statistics.md}, "Collocates"): finds the node's occurrences, counts
 * every type in the union of their windows, builds each candidate's contingency table and measures,
 * and sorts by the chosen column (descending; p-values ascending), equal values by the word in
 * code-point order. Sorted tables are cached, so paging through one costs only the page.
 */
@Service
public class CollocationService {

    private final CorpusRegistry corpora;
    private final QueryService queries;
    private final ArabicAnalysis analysis;
    private final ResultCache<Table> tables =
            new ResultCache<>(64L << 20, t -> 128L + 160L * t.rows().size());

    public CollocationService(CorpusRegistry corpora, QueryService queries, ArabicAnalysis analysis) {
        this.corpora = corpora;
        this.queries = queries;
        this.analysis = analysis;
    }

    public CollocationResult collocates(CollocationQuery q) {
        Table table = table(q);
        int to = (int) Math.min(table.rows().size(), (long) q.offset() + q.limit());
        List<CollocateRow> page = q.offset() >= to ? List.of() : table.rows().subList(q.offset(), to);
        return new CollocationResult(
                table.nodeFreq(), table.region(), table.tokens(), table.rows().size(), q.offset(), List.copyOf(page));
    }

    /** Every row in the requested order, ignoring offset and limit (for CSV export). */
    public void forEachRow(CollocationQuery q, Consumer<CollocateRow> sink) {
        table(q).rows().forEach(sink);
    }

    private Table table(CollocationQuery q) {
        LoadedCorpus corpus = corpora.get(q.corpusId(), q.where());
        ParsedQuery node = queries.parse(q.query(), q.level());
        String key = QueryService.cacheKey(corpus) + node.key() + "|"
                + q.level().key() + "|" + q.left() + "|" + q.right() + "|" + q.minO11() + "|" + q.minC1() + "|"
                + q.stopwords() + "|" + q.sort().key();
        return tables.get(key, () -> compute(corpus, queries.find(corpus, node), q));
    }

    private Table compute(LoadedCorpus corpus, Hits hits, CollocationQuery q) {
        CorpusIndex index = corpus.index();
        Lexicon lexicon = index.lexicon();
        int typeCount = lexicon.typeCount(q.level());
        CoOccurrenceRegion region = CoOccurrenceRegion.of(index, hits, q.left(), q.right());
        long r1 = region.size();
        int[] o11 = region.typeCounts(index.typeTable(q.level()), index.tokens(), typeCount);
        boolean[] stop = q.stopwords() ? null : StopWordTypes.of(index, q.level(), analysis);
        List<CollocateRow> rows = new ArrayList<>();
        // built in type-id order, which is code-point order; the stable sort below keeps it for ties
        for (int t = 0; t < typeCount; t++) {
            int c1 = index.freq(q.level(), t);
            if (o11[t] >= q.minO11() && c1 >= q.minC1() && (stop == null || !stop[t])) {
                rows.add(AssociationMeasures.row(
                        lexicon.string(q.level(), t), o11[t], c1, r1, index.size(), hits.count()));
            }
        }
        Comparator<CollocateRow> byMeasure = Comparator.comparingDouble(r -> AssociationMeasures.value(r, q.sort()));
        rows.sort(q.sort().ascending() ? byMeasure : byMeasure.reversed());
        return new Table(hits.count(), r1, index.size(), List.copyOf(rows));
    }

    private record Table(int nodeFreq, long region, long tokens, List<CollocateRow> rows) {}
}
