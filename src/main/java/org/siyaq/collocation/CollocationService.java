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
import org.siyaq.index.TopForms;
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
        CorpusIndex index = corpora.get(q.corpusId(), q.where()).index();
        List<CollocateRow> page = new ArrayList<>(Math.max(0, to - q.offset()));
        for (int i = q.offset(); i < to; i++) {
            page.add(withForms(index, q, table, i));
        }
        return new CollocationResult(
                table.nodeFreq(), table.region(), table.tokens(), table.rows().size(), q.offset(), List.copyOf(page));
    }

    /** Every row in the requested order, ignoring offset and limit (for CSV export). */
    public void forEachRow(CollocationQuery q, Consumer<CollocateRow> sink) {
        Table table = table(q);
        CorpusIndex index = corpora.get(q.corpusId(), q.where()).index();
        for (int i = 0; i < table.rows().size(); i++) {
            sink.accept(withForms(index, q, table, i));
        }
    }

    /** Row {@code i} with its most frequent written forms, found only for the rows shown or exported. */
    private static CollocateRow withForms(CorpusIndex index, CollocationQuery q, Table table, int i) {
        return table.rows().get(i).withForms(TopForms.of(index, q.level(), table.types()[i]));
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
        List<Integer> typeOfRow = new ArrayList<>();
        // built in type-id order, which is code-point order; the stable sort below keeps it for ties
        for (int t = 0; t < typeCount; t++) {
            int c1 = index.freq(q.level(), t);
            if (o11[t] >= q.minO11() && c1 >= q.minC1() && (stop == null || !stop[t])) {
                rows.add(AssociationMeasures.row(
                        lexicon.string(q.level(), t), o11[t], c1, r1, index.size(), hits.count()));
                typeOfRow.add(t);
            }
        }
        Comparator<Integer> byMeasure =
                Comparator.comparingDouble(r -> AssociationMeasures.value(rows.get(r), q.sort()));
        List<Integer> order = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            order.add(r);
        }
        order.sort(q.sort().ascending() ? byMeasure : byMeasure.reversed());
        List<CollocateRow> sorted = new ArrayList<>(rows.size());
        int[] types = new int[rows.size()];
        for (int i = 0; i < order.size(); i++) {
            sorted.add(rows.get(order.get(i)));
            types[i] = typeOfRow.get(order.get(i));
        }
        return new Table(hits.count(), r1, index.size(), List.copyOf(sorted), types);
    }

    /** The sorted rows and, beside each, its type id at the query's level (for its forms). */
    private record Table(int nodeFreq, long region, long tokens, List<CollocateRow> rows, int[] types) {}
}
