package org.siyaq.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siyaq.collocation.CollocateRow;
import org.siyaq.collocation.CollocationMeasure;
import org.siyaq.collocation.CollocationTool;
import org.siyaq.wordlist.WordListTool;
import org.siyaq.wordlist.WordRow;

class ResultTablesTest {

    @Test
    void every_collocation_measure_a_user_can_sort_by_is_a_column_of_the_collocate_table() {
        List<String> names = CollocationTool.COLUMNS.names();
        for (CollocationMeasure measure : CollocationMeasure.values()) {
            assertTrue(names.contains(measure.key()), measure.key());
        }
    }

    @Test
    void the_collocate_table_has_the_word_and_every_measure_in_the_order_of_statistics_md() {
        List<String> expected = Arrays.stream(CollocationMeasure.values())
                .map(CollocationMeasure::key)
                .toList();
        List<String> names = CollocationTool.COLUMNS.names();
        assertEquals("word", names.get(0));
        assertEquals(expected, names.subList(1, names.size()));
    }

    @Test
    void a_word_row_becomes_a_json_object_keyed_by_column_name_in_column_order() {
        WordRow row = new WordRow(3, "كتاب", 12, 250.5, 4, 0.25, 0.3);
        Map<String, Object> map = WordListTool.COLUMNS.toMap(row);
        assertEquals(
                List.of("rank", "word", "freq", "per_million", "range", "dp", "dp_norm", "forms"),
                List.copyOf(map.keySet()));
        assertEquals(3, map.get("rank"));
        assertEquals("كتاب", map.get("word"));
        assertEquals(250.5, map.get("per_million"));
        assertEquals(0.3, map.get("dp_norm"));
    }

    @Test
    void a_measure_that_is_not_a_finite_number_becomes_null_in_json_and_csv_alike() {
        CollocateRow row =
                new CollocateRow("w", 2, 0.5, 3, Double.NaN, 1, 1, 1, Double.POSITIVE_INFINITY, 1, 1, 1, 1, 0.01);
        Map<String, Object> map = CollocationTool.COLUMNS.toMap(row);
        assertNull(map.get("mi"));
        assertNull(map.get("log_likelihood"));
        assertEquals(0.01, map.get("p_value"));
        assertNull(CollocationTool.COLUMNS
                .values(row)
                .get(CollocationTool.COLUMNS.names().indexOf("mi")));
    }

    @Test
    void a_table_cannot_have_two_columns_with_the_same_name() {
        TableColumns.Builder<WordRow> builder = TableColumns.<WordRow>builder().add("freq", WordRow::freq);
        assertThrows(IllegalArgumentException.class, () -> builder.add("freq", WordRow::range));
    }
}
