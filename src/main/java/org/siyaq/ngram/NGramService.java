package org.siyaq.ngram;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.index.CorpusIndex;
import org.siyaq.query.Hits;
import org.siyaq.query.ParsedQuery;
import org.siyaq.query.QueryService;
import org.siyaq.query.ResultCache;
import org.springframework.stereotype.Service;

/**
 * N-grams ({@code statistics.md}, "N-grams"): contiguous sequences of n tokens inside one document at
 * a level, with frequency and range. With {@code contains}, only the occurrences that hold a whole
 * match of that query are counted, so an n-gram's frequency is the number of times it occurs around
 * a match (at the query's own level this equals its frequency in the corpus). The table per corpus,
 * n, level and query is cached; the minimum frequency cuts a prefix of it.
 */
@Service
public class NGramService {

    private final CorpusRegistry corpora;
    private final QueryService queries;
    private final ResultCache<NGramTable> tables = new ResultCache<>(128L << 20, NGramTable::bytes);

    public NGramService(CorpusRegistry corpora, QueryService queries) {
        this.corpora = corpora;
        this.queries = queries;
    }

    public NGramResult ngrams(NGramQuery q) {
        LoadedCorpus corpus = corpora.get(q.corpusId(), q.where());
        NGramTable table = table(corpus, q);
        int total = table.rowsWithAtLeast(q.minFreq());
        int to = (int) Math.min(total, (long) q.offset() + q.limit());
        List<NGramRow> page = new ArrayList<>(Math.max(0, to - q.offset()));
        for (int i = q.offset(); i < to; i++) {
            page.add(row(corpus.index(), q, table, i));
        }
        return new NGramResult(total, q.offset(), page);
    }

    /** Every row in rank order, ignoring offset and limit (for CSV export). */
    public void forEachRow(NGramQuery q, Consumer<NGramRow> sink) {
        LoadedCorpus corpus = corpora.get(q.corpusId(), q.where());
        NGramTable table = table(corpus, q);
        int total = table.rowsWithAtLeast(q.minFreq());
        for (int i = 0; i < total; i++) {
            sink.accept(row(corpus.index(), q, table, i));
        }
    }

    private NGramTable table(LoadedCorpus corpus, NGramQuery q) {
        ParsedQuery contains =
                q.contains() == null || q.contains().isBlank() ? null : queries.parse(q.contains(), q.level());
        String key = QueryService.cacheKey(corpus) + q.n() + "|" + q.level().key() + "|"
                + (contains == null ? "" : contains.key());
        return tables.get(key, () -> {
            CorpusIndex index = corpus.index();
            BitSet allowed =
                    contains == null ? null : startsAroundMatches(index, queries.find(corpus, contains), q.n());
            return NGramCounter.count(
                    index, index.typeTable(q.level()), index.lexicon().typeCount(q.level()), q.n(), allowed);
        });
    }

    /** The starts of the n-grams, inside one document, that hold a whole match. */
    private static BitSet startsAroundMatches(CorpusIndex index, Hits hits, int n) {
        BitSet allowed = new BitSet(index.size());
        int doc = 0;
        int[] starts = hits.starts();
        for (int i = 0; i < starts.length; i++) {
            int start = starts[i];
            if (hits.lengthAt(i) > n) {
                continue;
            }
            while (index.docEnd(doc) <= start) {
                doc++;
            }
            int from = Math.max(index.docStart(doc), start + hits.lengthAt(i) - n);
            int to = Math.min(start, index.docEnd(doc) - n);
            if (from <= to) {
                allowed.set(from, to + 1);
            }
        }
        return allowed;
    }

    private static NGramRow row(CorpusIndex index, NGramQuery q, NGramTable table, int i) {
        Level level = q.level();
        StringBuilder words = new StringBuilder();
        for (int k = 0; k < q.n(); k++) {
            if (k > 0) {
                words.append(' ');
            }
            words.append(index.lexicon().string(level, index.typeAt(level, table.positions()[i] + k)));
        }
        return new NGramRow(
                words.toString(),
                table.freq()[i],
                table.range()[i],
                NGramForms.of(index, level, table.positions()[i], q.n()));
    }
}
