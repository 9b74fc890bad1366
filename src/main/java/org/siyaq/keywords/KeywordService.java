package org.siyaq.keywords;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.i18n.Messages;
import org.siyaq.query.QueryService;
import org.siyaq.query.ResultCache;
import org.siyaq.statistics.RankedRows;
import org.siyaq.wordlist.StopWordTypes;
import org.springframework.stereotype.Service;

/**
 * Keyword lists ({@code statistics.md}, "Keywords"): joins the frequencies of the target and the
 * reference at the chosen level, keeps the words the request asks for (minimum frequency in the target,
 * positive or negative keywords, stop words out) and sorts them by the chosen measure, equal values by
 * the word in code-point order. The joined counts and each filtered list are cached, and a list is put
 * in order only as far as the pages asked for need ({@link RankedRows}), so paging through a list costs
 * only the page.
 */
@Service
public class KeywordService {

    private final CorpusRegistry corpora;
    private final ArabicAnalysis analysis;
    private final ResultCache<KeywordCounts> counts = new ResultCache<>(64L << 20, KeywordCounts::bytes);
    private final ResultCache<View> views = new ResultCache<>(32L << 20, v -> 64L + 16L * v.rows().length);

    public KeywordService(CorpusRegistry corpora, ArabicAnalysis analysis) {
        this.corpora = corpora;
        this.analysis = analysis;
    }

    public KeywordResult keywords(KeywordQuery q) {
        Sides sides = sides(q);
        KeywordCounts table = counts(sides, q);
        View view = view(sides, table, q);
        int total = view.rows().length;
        int to = (int) Math.min(total, (long) q.offset() + q.limit());
        List<KeywordRow> page = new ArrayList<>(Math.max(0, to - q.offset()));
        view.ranked().sortTo(to);
        for (int i = q.offset(); i < to; i++) {
            page.add(row(table, view.rows()[view.ranked().at(i)]));
        }
        return new KeywordResult(table.n1, table.n2, total, q.offset(), page);
    }

    /** Every row in the requested order, ignoring offset and limit (for CSV export). */
    public void forEachRow(KeywordQuery q, Consumer<KeywordRow> sink) {
        Sides sides = sides(q);
        KeywordCounts table = counts(sides, q);
        View view = view(sides, table, q);
        view.ranked().sortTo(view.rows().length);
        for (int i = 0; i < view.rows().length; i++) {
            sink.accept(row(table, view.rows()[view.ranked().at(i)]));
        }
    }

    private static KeywordRow row(KeywordCounts table, int r) {
        return Keyness.row(table.word(r), table.a[r], table.b[r], table.n1, table.n2);
    }

    /** The target, and the reference: another corpus or sub-corpus, or the whole corpus the target's rest is taken from. */
    private record Sides(LoadedCorpus target, LoadedCorpus reference, boolean rest, String key) {}

    private Sides sides(KeywordQuery q) {
        LoadedCorpus target = corpora.get(q.corpusId(), q.where());
        boolean rest = q.referenceIsRest();
        if (rest && q.where() == null) {
            throw new InvalidRequestException(
                    Messages.english("keywords.error.no-reference"), Messages.arabic("keywords.error.no-reference"));
        }
        LoadedCorpus reference = rest ? corpora.get(q.corpusId()) : corpora.get(q.referenceId(), q.referenceWhere());
        String key = QueryService.cacheKey(target) + (rest ? "rest of " : "against ") + QueryService.cacheKey(reference)
                + q.level().key() + "|";
        return new Sides(target, reference, rest, key);
    }

    private KeywordCounts counts(Sides sides, KeywordQuery q) {
        KeywordCounts table = counts.get(
                sides.key(),
                () -> sides.rest()
                        ? KeywordCounts.againstRest(
                                sides.target().index(), sides.reference().index(), q.level())
                        : KeywordCounts.of(
                                sides.target().index(), sides.reference().index(), q.level()));
        if (table.n1 == 0 || table.n2 == 0) {
            String which = Messages.english(table.n1 == 0 ? "keywords.target" : "keywords.reference");
            String arabic = Messages.arabic(table.n1 == 0 ? "keywords.target" : "keywords.reference");
            throw new InvalidRequestException(
                    Messages.english("keywords.error.empty", which), Messages.arabic("keywords.error.empty", arabic));
        }
        return table;
    }

    /** The rows a request keeps ({@code rows}, in row order), ranked by its measure. */
    private record View(int[] rows, RankedRows ranked) {}

    /** The rows left after the request's filters, ranked in the requested order. */
    private View view(Sides sides, KeywordCounts table, KeywordQuery q) {
        String key = sides.key() + q.stopwords() + "|" + q.minFreq() + "|"
                + q.show().key() + "|" + q.sort().key();
        return views.get(key, () -> {
            boolean[] stopTarget =
                    q.stopwords() ? null : StopWordTypes.of(sides.target().index(), q.level(), analysis);
            boolean[] stopReference =
                    q.stopwords() ? null : StopWordTypes.of(sides.reference().index(), q.level(), analysis);
            int[] kept = new int[table.size()];
            int k = 0;
            for (int r = 0; r < table.size(); r++) {
                if (table.a[r] < q.minFreq() || !q.show().accepts(table.a[r], table.n1, table.b[r], table.n2)) {
                    continue;
                }
                if (stopTarget != null
                        && (table.targetType[r] >= 0 && stopTarget[table.targetType[r]]
                                || table.referenceType[r] >= 0 && stopReference[table.referenceType[r]])) {
                    continue;
                }
                kept[k++] = r;
            }
            int[] rows = Arrays.copyOf(kept, k);
            double[] values = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                values[i] = Keyness.value(q.sort(), table.a[rows[i]], table.b[rows[i]], table.n1, table.n2);
            }
            // ties by the word: rows are in code-point order of their words
            return new View(rows, new RankedRows(values, rows, q.sort().ascending(q.show())));
        });
    }
}
