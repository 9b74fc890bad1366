package org.siyaq.wordlist;

import jakarta.annotation.PostConstruct;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.index.CorpusIndex;
import org.siyaq.index.Lexicon;
import org.siyaq.index.TopForms;
import org.siyaq.query.ParsedQuery;
import org.siyaq.query.QueryMatcher;
import org.siyaq.query.QueryService;
import org.siyaq.query.QueryTerm;
import org.siyaq.query.ResultCache;
import org.springframework.stereotype.Service;

/**
 * The frequency table of a corpus ({@code statistics.md}, "Word list"): the full table per level is
 * computed once and cached, and each request filters it (stop words, minimum frequency, a pattern)
 * and pages it. The {@code rank} of a row is its 1-based position in the filtered table the user
 * sees, so the first row shown is always rank 1; {@code N}, {@code per_million}, {@code range} and
 * the dispersions are always those of the whole corpus, or of the whole sub-corpus the query selects.
 */
@Service
public class WordListService {

    /** Rows an export makes at a time: one pass over the forms finds the forms of them all. */
    static final int EXPORT_BLOCK = 8192;

    private final CorpusRegistry corpora;
    private final QueryService queries;
    private final ArabicAnalysis analysis;
    private final ResultCache<WordTable> tables = new ResultCache<>(128L << 20, WordTable::bytes);
    private final ResultCache<int[]> views = new ResultCache<>(32L << 20, v -> 64L + 4L * v.length);
    /** Every type's place in alphabetical or retrograde order, per corpus and level (see {@link WordOrders}). */
    private final ResultCache<int[]> collations = new ResultCache<>(32L << 20, v -> 64L + 4L * v.length);

    public WordListService(CorpusRegistry corpora, QueryService queries, ArabicAnalysis analysis) {
        this.corpora = corpora;
        this.queries = queries;
        this.analysis = analysis;
    }

    /** Builds the {@code norm} table of every corpus when it is opened, in the background (the default level's first request is then a page lookup). */
    @PostConstruct
    void buildTablesAhead() {
        corpora.whenOpened(this::prebuild);
    }

    /** Builds and caches the {@code norm} table of {@code corpus} (the table every word list filters and pages). */
    public void prebuild(LoadedCorpus corpus) {
        table(corpus, Level.NORM);
    }

    public WordListResult list(WordListQuery q) {
        LoadedCorpus corpus = corpora.get(q.corpusId(), q.where());
        WordTable table = table(corpus, q.level());
        int[] rows = view(corpus, table, q);
        int[] positions = sorted(corpus, table, rows, q);
        int to = (int) Math.min(rows.length, (long) q.offset() + q.limit());
        List<WordRow> page = rows(corpus, table, q.level(), rows, positions, Math.min(q.offset(), to), to);
        return new WordListResult(table.summary, rows.length, q.offset(), page);
    }

    /** Every row of the filtered table in the request's order, ignoring offset and limit (for CSV export). */
    public void forEachRow(WordListQuery q, Consumer<WordRow> sink) {
        LoadedCorpus corpus = corpora.get(q.corpusId(), q.where());
        WordTable table = table(corpus, q.level());
        int[] rows = view(corpus, table, q);
        int[] positions = sorted(corpus, table, rows, q);
        for (int from = 0; from < rows.length; from += EXPORT_BLOCK) {
            rows(corpus, table, q.level(), rows, positions, from, Math.min(rows.length, from + EXPORT_BLOCK))
                    .forEach(sink);
        }
    }

    /**
     * Places {@code from} to {@code to} of a view in the request's order ({@code positions}, or rank
     * order when {@code null}); a row's rank stays its place in rank order. Their forms are found in one
     * pass for the whole block.
     */
    private static List<WordRow> rows(
            LoadedCorpus corpus, WordTable table, Level level, int[] rows, int[] positions, int from, int to) {
        int[] types = new int[to - from];
        int[] ranks = new int[types.length];
        for (int i = 0; i < types.length; i++) {
            int position = positions == null ? from + i : positions[from + i];
            ranks[i] = position + 1;
            types[i] = rows[position];
        }
        List<List<String>> forms = TopForms.of(corpus.index(), level, types);
        Lexicon lexicon = corpus.index().lexicon();
        List<WordRow> out = new ArrayList<>(types.length);
        for (int i = 0; i < types.length; i++) {
            out.add(table.row(ranks[i], types[i], lexicon.string(level, types[i]), forms.get(i)));
        }
        return out;
    }

    /** The view's positions in the request's order, or {@code null} for rank order (nothing to sort). */
    private int[] sorted(LoadedCorpus corpus, WordTable table, int[] rows, WordListQuery q) {
        WordListSort sort = q.sort();
        if (sort.isRankOrder()) {
            return null;
        }
        String tableKey = QueryService.cacheKey(corpus) + q.level().key();
        boolean byWord = sort.key() == WordListSort.Key.WORD || sort.key() == WordListSort.Key.ENDING;
        int[] collation = !byWord
                ? null
                : collations.get(
                        tableKey + "|" + sort.key().param(),
                        () -> WordOrders.collationRanks(
                                table, corpus.index().lexicon(), sort.key() == WordListSort.Key.ENDING));
        return views.get(
                "sorted|" + viewKey(corpus, q) + "|" + sort.key().param() + "|" + sort.order(),
                () -> WordOrders.positions(table, rows, sort, collation));
    }

    private static String viewKey(LoadedCorpus corpus, WordListQuery q) {
        return QueryService.cacheKey(corpus) + q.level().key() + "|" + q.stopwords() + "|" + q.minFreq() + "|"
                + (q.filter() == null ? "" : q.filter());
    }

    private WordTable table(LoadedCorpus corpus, Level level) {
        return tables.get(QueryService.cacheKey(corpus) + level.key(), () -> WordTable.build(corpus.index(), level));
    }

    /** The type ids of the rows left after the request's filters, in rank order. */
    private int[] view(LoadedCorpus corpus, WordTable table, WordListQuery q) {
        ParsedQuery filter = q.filter() == null || q.filter().isBlank() ? null : queries.parse(q.filter(), q.level());
        if (filter != null && filter.length() != 1) {
            throw InvalidRequestException.of("request.filter-one-word", q.filter());
        }
        String key = QueryService.cacheKey(corpus) + q.level().key() + "|" + q.stopwords() + "|" + q.minFreq() + "|"
                + (filter == null ? "" : filter.key());
        return views.get(key, () -> {
            boolean[] stop = q.stopwords() ? null : StopWordTypes.of(corpus.index(), q.level(), analysis);
            boolean[] accepted = filter == null
                    ? null
                    : acceptedTypes(corpus.index(), q.level(), filter.terms().get(0));
            int[] out = new int[table.order.length];
            int k = 0;
            for (int t : table.order) {
                if (table.freq[t] < q.minFreq()) {
                    break;
                }
                if ((stop == null || !stop[t]) && (accepted == null || accepted[t])) {
                    out[k++] = t;
                }
            }
            return Arrays.copyOf(out, k);
        });
    }

    /**
     * The types of {@code level} the filter term accepts. A term at another level ({@code root:كتب} over
     * a table of norms) accepts a type when any form of the type in the corpus (or sub-corpus) has a
     * matching string at the term's level.
     */
    private boolean[] acceptedTypes(CorpusIndex index, Level level, QueryTerm term) {
        Lexicon lexicon = index.lexicon();
        boolean[] matched = QueryMatcher.matchingTypes(lexicon, term, queries.newDeadline());
        if (term.level() == level) {
            return matched;
        }
        boolean[] accepted = new boolean[lexicon.typeCount(level)];
        for (int f = 0; f < lexicon.formCount(); f++) {
            if (matched[lexicon.typeOf(term.level(), f)] && index.formFreq(f) > 0) {
                accepted[lexicon.typeOf(level, f)] = true;
            }
        }
        return accepted;
    }
}
