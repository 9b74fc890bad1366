package org.siyaq.keywords;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.util.IntroSorter;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.i18n.Messages;
import org.siyaq.query.QueryService;
import org.siyaq.query.ResultCache;
import org.siyaq.wordlist.StopWordTypes;
import org.springframework.stereotype.Service;

/**
 * Keyword lists ({@code statistics.md}, "Keywords"): joins the frequencies of the target and the
 * reference at the chosen level, keeps the words the request asks for (minimum frequency in the target,
 * positive or negative keywords, stop words out) and sorts them by the chosen measure, equal values by
 * the word in code-point order. The joined counts and each sorted list are cached, so paging through a
 * list costs only the page.
 */
@Service
public class KeywordService {

    private final CorpusRegistry corpora;
    private final ArabicAnalysis analysis;
    private final ResultCache<KeywordCounts> counts = new ResultCache<>(64L << 20, KeywordCounts::bytes);
    private final ResultCache<int[]> views = new ResultCache<>(32L << 20, v -> 64L + 4L * v.length);

    public KeywordService(CorpusRegistry corpora, ArabicAnalysis analysis) {
        this.corpora = corpora;
        this.analysis = analysis;
    }

    public KeywordResult keywords(KeywordQuery q) {
        Sides sides = sides(q);
        KeywordCounts table = counts(sides, q);
        int[] rows = view(sides, table, q);
        int to = (int) Math.min(rows.length, (long) q.offset() + q.limit());
        List<KeywordRow> page = new ArrayList<>(Math.max(0, to - q.offset()));
        for (int i = q.offset(); i < to; i++) {
            page.add(row(table, rows[i]));
        }
        return new KeywordResult(table.n1, table.n2, rows.length, q.offset(), page);
    }

    /** Every row in the requested order, ignoring offset and limit (for CSV export). */
    public void forEachRow(KeywordQuery q, Consumer<KeywordRow> sink) {
        Sides sides = sides(q);
        KeywordCounts table = counts(sides, q);
        for (int r : view(sides, table, q)) {
            sink.accept(row(table, r));
        }
    }

    private static KeywordRow row(KeywordCounts table, int r) {
        return Keyness.row(table.words[r], table.a[r], table.b[r], table.n1, table.n2);
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

    /** The rows left after the request's filters, in the requested order. */
    private int[] view(Sides sides, KeywordCounts table, KeywordQuery q) {
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
            sort(table, rows, q);
            return rows;
        });
    }

    /** Sorts by the measure's value (descending, or ascending where smaller is stronger), ties by the word (row order). */
    private static void sort(KeywordCounts table, int[] rows, KeywordQuery q) {
        double[] values = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = Keyness.value(q.sort(), table.a[rows[i]], table.b[rows[i]], table.n1, table.n2);
        }
        int sign = q.sort().ascending(q.show()) ? 1 : -1;
        new IntroSorter() {
            private double pivotValue;
            private int pivotRow;

            @Override
            protected void swap(int i, int j) {
                double v = values[i];
                values[i] = values[j];
                values[j] = v;
                int r = rows[i];
                rows[i] = rows[j];
                rows[j] = r;
            }

            @Override
            protected void setPivot(int i) {
                pivotValue = values[i];
                pivotRow = rows[i];
            }

            @Override
            protected int comparePivot(int j) {
                int byValue = sign * Double.compare(pivotValue, values[j]);
                return byValue != 0 ? byValue : Integer.compare(pivotRow, rows[j]);
            }

            @Override
            protected int compare(int i, int j) {
                int byValue = sign * Double.compare(values[i], values[j]);
                return byValue != 0 ? byValue : Integer.compare(rows[i], rows[j]);
            }
        }.sort(0, rows.length);
    }
}
