package org.siyaq.concordance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Level;
import org.siyaq.benchmark.SyntheticCorpus;
import org.siyaq.index.CorpusIndex;
import org.siyaq.query.Hits;

/**
 * The fast paths of issue 14 give exactly what the plain algorithms gave: hits of a type with several
 * forms merged run by run equal the concatenation sorted, and concordance orders by counting sort (many
 * hits) or by pairs (few) equal sorting (key, hit number) pairs, for every sort key, on a generated corpus.
 */
class ConcordanceSortTest {

    private static final ArabicAnalysis ANALYSIS = new ArabicAnalysis();
    private static final CorpusIndex INDEX = index();

    private static CorpusIndex index() {
        return SyntheticCorpus.inflectedIndex(ANALYSIS, 80_000, 5);
    }

    @Test
    void the_positions_of_a_type_of_many_forms_are_its_forms_positions_in_order() {
        int checked = 0;
        for (Level level : List.of(Level.NORM, Level.STEM, Level.ROOT)) {
            for (int t = 0; t < INDEX.lexicon().typeCount(level); t += 7) {
                int[] forms = INDEX.lexicon().formsOf(level, t);
                if (forms.length < 2) {
                    continue;
                }
                int[] expected = Arrays.stream(forms)
                        .flatMap(f -> Arrays.stream(INDEX.positionsOfForms(new int[] {f})))
                        .sorted()
                        .toArray();
                assertThat(INDEX.positionsOfForms(forms)).isEqualTo(expected);
                checked++;
            }
        }
        // the root level alone has types of dozens of forms (k runs merged in log k rounds, odd counts included)
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void every_sort_of_a_frequent_and_a_rare_word_equals_sorting_key_and_hit_number_pairs() {
        int frequent = 0;
        int rare = -1;
        for (int t = 0; t < INDEX.lexicon().typeCount(Level.NORM); t++) {
            if (INDEX.freq(Level.NORM, t) > INDEX.freq(Level.NORM, frequent)) {
                frequent = t;
            }
            if (rare < 0 && INDEX.freq(Level.NORM, t) == 3) {
                rare = t;
            }
        }
        for (int type : new int[] {frequent, rare}) {
            int[] starts = INDEX.positionsOfForms(INDEX.lexicon().formsOf(Level.NORM, type));
            Hits hits = new Hits(starts, 1, 1);
            for (KwicSort sort : KwicSort.values()) {
                for (Level level : Level.values()) {
                    assertThat(ConcordanceService.sort(INDEX, hits, level, sort))
                            .as(sort + " at " + level)
                            .isEqualTo(reference(hits, level, sort));
                }
            }
        }
        // the most frequent norm has more hits than an eighth of the types (counting sort), the rare one three
        assertThat(INDEX.freq(Level.NORM, frequent))
                .isGreaterThan(INDEX.lexicon().typeCount(Level.NORM) / 8);
    }

    @Test
    void the_first_lines_by_the_bounded_heap_are_the_first_lines_of_the_full_sort() {
        int frequent = 0;
        for (int t = 0; t < INDEX.lexicon().typeCount(Level.NORM); t++) {
            if (INDEX.freq(Level.NORM, t) > INDEX.freq(Level.NORM, frequent)) {
                frequent = t;
            }
        }
        int[] starts = INDEX.positionsOfForms(INDEX.lexicon().formsOf(Level.NORM, frequent));
        // a frequent word (thousands of hits, many of them tied on every key) and a three-hit prefix of it
        for (Hits hits : List.of(new Hits(starts, 1, 1), new Hits(Arrays.copyOf(starts, 3), 1, 1))) {
            for (KwicSort sort : KwicSort.values()) {
                for (Level level : Level.values()) {
                    int[] full = reference(hits, level, sort);
                    // k = 1, a page, a page that ends past the hits, and every hit
                    for (int k : new int[] {1, 50, 1000, starts.length}) {
                        assertThat(KwicOrder.first(INDEX, hits, level, sort, k))
                                .as(sort + " at " + level + ", k = " + k)
                                .isEqualTo(Arrays.copyOf(full, Math.min(k, full.length)));
                    }
                }
            }
        }
        assertThat(starts.length).isGreaterThan(1000);
    }

    /** The order before issue 14: (type + 1, or 0 beyond the document's edge) << 32 | hit number, sorted. */
    private static int[] reference(Hits hits, Level level, KwicSort sort) {
        int[] starts = hits.starts();
        long[] keys = new long[starts.length];
        for (int i = 0; i < starts.length; i++) {
            int doc = INDEX.docOf(starts[i]);
            int at = sort.offset() == 0
                    ? starts[i]
                    : sort.offset() < 0 ? starts[i] + sort.offset() : starts[i] + hits.length() - 1 + sort.offset();
            long type = at < INDEX.docStart(doc) || at >= INDEX.docEnd(doc) ? 0 : INDEX.typeAt(level, at) + 1L;
            keys[i] = type << 32 | i;
        }
        Arrays.sort(keys);
        return Arrays.stream(keys).mapToInt(k -> starts[(int) k]).toArray();
    }
}
