package org.siyaq.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siyaq.export.TableColumns;
import tools.jackson.databind.json.JsonMapper;

class JsonRowsTest {

    private record Row(String word, int freq, long hits, double score, Boolean flag, Map<String, Object> extra) {}

    private static final TableColumns<Row> COLUMNS = TableColumns.<Row>builder()
            .add("word", Row::word)
            .add("freq", Row::freq)
            .add("hits", Row::hits)
            .add("score", Row::score)
            .add("flag", Row::flag)
            .add("extra", Row::extra)
            .build();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void rows_are_written_as_the_same_json_as_their_maps() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("a", List.of(1, 2));
        List<Row> rows = List.of(
                new Row("روسيا \"quoted\" \\ back", 3, 5_000_000_000L, 1.5, true, extra),
                new Row(null, 0, -1, Double.NaN, null, null));

        String streamed = JSON.writeValueAsString(Map.of("rows", ApiParams.rows(COLUMNS, rows)));
        String viaMaps = JSON.writeValueAsString(
                Map.of("rows", rows.stream().map(COLUMNS::toMap).toList()));

        assertThat(streamed).isEqualTo(viaMaps);
        // the NaN score is null (TableColumn.value), the long stays a long, the map is written as a map
        assertThat(streamed)
                .contains("\"hits\":5000000000")
                .contains("\"score\":null")
                .contains("\"extra\":{\"a\":[1,2]}");
    }

    @Test
    void no_rows_are_an_empty_array() {
        assertThat(JSON.writeValueAsString(ApiParams.rows(COLUMNS, List.of()))).isEqualTo("[]");
    }
}
