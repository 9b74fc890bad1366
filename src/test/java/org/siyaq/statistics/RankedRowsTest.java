package org.siyaq.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Ranks against a stable sort of the rows listed in id order, on the heap path, the full-sort path and both. */
class RankedRowsTest {

    /** What the services did before: a stable sort by the value, reversed unless ascending. */
    private static List<Integer> stableSort(double[] values, boolean ascending) {
        Comparator<Integer> byValue = Comparator.comparingDouble(i -> values[i]);
        return IntStream.range(0, values.length)
                .boxed()
                .sorted(ascending ? byValue : byValue.reversed())
                .toList();
    }

    private static double[] values(int n, long seed) {
        Random random = new Random(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            // few distinct values, so most rows tie; a NaN, an infinity and −0.0 besides
            values[i] = random.nextInt(20) - 10;
        }
        values[3] = Double.NaN;
        values[5] = Double.POSITIVE_INFINITY;
        values[7] = -0.0;
        return values;
    }

    @Test
    void the_first_page_of_many_rows_is_the_top_of_the_stable_sort() {
        // 50,000 rows: a page of 50 is far above an eighth, so it is selected by the heap
        double[] values = values(50_000, 1);
        int[] ids = IntStream.range(0, values.length).toArray();
        for (boolean ascending : new boolean[] {false, true}) {
            RankedRows ranked = new RankedRows(values, ids, ascending);
            List<Integer> expected = stableSort(values, ascending);
            ranked.sortTo(50);
            for (int rank = 0; rank < 50; rank++) {
                assertThat(ranked.at(rank)).as("rank %d", rank).isEqualTo(expected.get(rank));
            }
        }
    }

    @Test
    void pages_further_down_and_then_every_row_follow_the_stable_sort() {
        double[] values = values(20_000, 2);
        int[] ids = IntStream.range(0, values.length).toArray();
        RankedRows ranked = new RankedRows(values, ids, false);
        List<Integer> expected = stableSort(values, false);
        // rank 1,000 (the heap selects 1,001 rows), then rank 12,000 (beyond an eighth of 20,000: the full sort)
        assertThat(ranked.at(1_000)).isEqualTo(expected.get(1_000));
        assertThat(ranked.at(12_000)).isEqualTo(expected.get(12_000));
        for (int rank = 0; rank < values.length; rank++) {
            assertThat(ranked.at(rank)).isEqualTo(expected.get(rank));
        }
        // NaN ranks first descending (Double.compare puts it above +∞), then +∞
        assertThat(ranked.at(0)).isEqualTo(3);
        assertThat(ranked.at(1)).isEqualTo(5);
    }
}
