package org.siyaq.collocation;

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
 * The three ways of counting a region's types (by type into an array, by form then type, into a hash table
 * sized by the region) give the same O11 for every type, and the remembered values of small counts are the
 * values {@link AssociationMeasures#value} gives, for every measure, on a generated corpus.
 */
class CollocateCountingTest {

    private static final ArabicAnalysis ANALYSIS = new ArabicAnalysis();
    private static final CorpusIndex INDEX = index();

    private static CorpusIndex index() {
        return SyntheticCorpus.inflectedIndex(ANALYSIS, 60_000, 7);
    }

    @Test
    void counting_by_type_by_form_and_by_hash_table_gives_the_same_o11_for_every_type() {
        int frequent = 0;
        for (int t = 0; t < INDEX.lexicon().typeCount(Level.NORM); t++) {
            if (INDEX.freq(Level.NORM, t) > INDEX.freq(Level.NORM, frequent)) {
                frequent = t;
            }
        }
        Hits hits = new Hits(INDEX.positionsOfForms(INDEX.lexicon().formsOf(Level.NORM, frequent)), 1, 1);
        CoOccurrenceRegion region = CoOccurrenceRegion.of(INDEX, hits, 5, 5);
        for (Level level : Level.values()) {
            int[] table = INDEX.typeTable(level);
            int types = INDEX.lexicon().typeCount(level);
            CoOccurrenceRegion.TypeCounts dense = region.denseCounts(INDEX, table, types);
            CoOccurrenceRegion.TypeCounts byForm = region.countsByForm(INDEX, table, types);
            CoOccurrenceRegion.TypeCounts sparse = region.sparseCounts(INDEX, table, (int) region.size());
            assertThat(byForm.types()).as("types at " + level).isEqualTo(dense.types());
            assertThat(byForm.counts()).as("O11 at " + level).isEqualTo(dense.counts());
            assertThat(inTypeOrder(sparse)).as("hash table at " + level).isEqualTo(dense.counts());
            // every token of the region is counted once: the counts add up to R1
            assertThat(Arrays.stream(dense.counts()).asLongStream().sum()).isEqualTo(region.size());
        }
        // the most frequent word's region holds more tokens than the corpus has forms, the case counted by form
        assertThat(region.size()).isGreaterThan(INDEX.typeTable(Level.FORM).length);
    }

    @Test
    void a_remembered_value_is_the_value_of_its_own_counts_for_every_measure() {
        for (CollocationMeasure measure : CollocationMeasure.values()) {
            SmallCountValues values = new SmallCountValues(measure, 900, 60_000, 120);
            // each (O11, C1) twice, and the mirrored pair between, so a slot mix-up would show
            for (int[] pair : List.of(
                    new int[] {1, 1},
                    new int[] {2, 3},
                    new int[] {3, 2},
                    new int[] {2, 3},
                    new int[] {63, 63},
                    new int[] {1, 64},
                    new int[] {70, 900},
                    new int[] {1, 1})) {
                // the same bits (a NaN of an impossible table included)
                assertThat(Double.doubleToLongBits(values.value(pair[0], pair[1])))
                        .as(measure + " at " + pair[0] + ", " + pair[1])
                        .isEqualTo(Double.doubleToLongBits(
                                AssociationMeasures.value(measure, pair[0], pair[1], 900, 60_000, 120)));
            }
        }
    }

    /** The hash table's counts put in type order (its types come in slot order). */
    private static int[] inTypeOrder(CoOccurrenceRegion.TypeCounts counts) {
        long[] pairs = new long[counts.types().length];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = (long) counts.types()[i] << 32 | counts.counts()[i];
        }
        Arrays.sort(pairs);
        return Arrays.stream(pairs).mapToInt(p -> (int) p).toArray();
    }
}
