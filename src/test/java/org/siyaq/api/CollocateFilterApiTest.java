package org.siyaq.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The concordance's collocate filter ({@code coll}, {@code left}, {@code right}) is reachable from the API. */
class CollocateFilterApiTest extends ApiTestSupport {

    private static final String NODE = enc("روسيا");

    /** The strongest collocate of the node in the default window (5 before, 5 after). */
    private JsonNode topCollocate() {
        return json("/api/corpora/bundled/collocates?q=" + NODE + "&limit=1")
                .get("rows")
                .get(0);
    }

    private static Set<String> places(JsonNode lines) {
        Set<String> out = new HashSet<>();
        lines.forEach(
                l -> out.add(l.get("doc_id").asInt() + ":" + l.get("position").asInt()));
        return out;
    }

    @Test
    void the_lines_with_a_collocate_are_some_of_the_nodes_lines_and_no_more_than_the_row_counted() {
        JsonNode row = topCollocate();
        String coll = enc(row.get("word").asString());
        JsonNode all = json("/api/corpora/bundled/concordance?q=" + NODE + "&limit=1000");
        JsonNode filtered = json("/api/corpora/bundled/concordance?q=" + NODE + "&coll=" + coll + "&limit=1000");

        int total = filtered.get("total").asInt();
        // each line has the collocate at least once in its window, and O11 counts every such token
        assertThat(total).isPositive().isLessThanOrEqualTo(row.get("O11").asInt());
        assertThat(total).isLessThan(all.get("total").asInt());
        assertThat(filtered.get("lines").size()).isEqualTo(total);
        assertThat(places(all.get("lines"))).containsAll(places(filtered.get("lines")));
        Set<Integer> documents = new HashSet<>();
        filtered.get("lines").forEach(l -> documents.add(l.get("doc_id").asInt()));
        assertThat(filtered.get("documents").asInt()).isEqualTo(documents.size());
    }

    @Test
    void a_smaller_window_keeps_fewer_or_as_many_lines_and_pages_cut_the_same_list() {
        String coll = enc(topCollocate().get("word").asString());
        String path = "/api/corpora/bundled/concordance?q=" + NODE + "&coll=" + coll;
        JsonNode wide = json(path + "&limit=1000");
        JsonNode narrow = json(path + "&left=1&right=1&limit=1000");
        assertThat(narrow.get("total").asInt())
                .isLessThanOrEqualTo(wide.get("total").asInt());
        assertThat(places(wide.get("lines"))).containsAll(places(narrow.get("lines")));

        JsonNode second = json(path + "&offset=1&limit=1");
        assertThat(second.get("total").asInt()).isEqualTo(wide.get("total").asInt());
        if (wide.get("total").asInt() > 1) {
            assertThat(second.get("lines").get(0)).isEqualTo(wide.get("lines").get(1));
        }
    }

    @Test
    void the_filtered_distribution_and_csv_count_the_same_lines() {
        String coll = enc(topCollocate().get("word").asString());
        String query = "q=" + NODE + "&coll=" + coll;
        int total =
                json("/api/corpora/bundled/concordance?" + query).get("total").asInt();

        JsonNode distribution = json("/api/corpora/bundled/concordance/distribution?" + query);
        assertThat(distribution.get("total").asInt()).isEqualTo(total);

        List<CSVRecord> csv = csvRecords(get("/api/corpora/bundled/concordance?" + query + "&format=csv"));
        assertThat(csv).hasSize(total + 1); // the header row, then one record per line
    }

    @Test
    void a_collocate_the_corpus_lacks_keeps_no_line_and_a_window_past_twenty_is_a_bad_request() {
        JsonNode none = json("/api/corpora/bundled/concordance?q=" + NODE + "&coll=qqqq");
        assertThat(none.get("total").asInt()).isZero();
        assertThat(none.get("lines").size()).isZero();

        var tooWide = get("/api/corpora/bundled/concordance?q=" + NODE + "&coll=qqqq&left=21");
        assertThat(tooWide.statusCode()).isEqualTo(400);
        assertThat(body(tooWide).get("message_ar").asString()).isNotBlank();
    }

    @Test
    void each_line_names_the_collocate_tokens_of_its_window_and_together_they_are_the_rows_o11() {
        JsonNode row = topCollocate();
        String word = row.get("word").asString();
        JsonNode filtered = json("/api/corpora/bundled/concordance?q=" + NODE + "&coll=" + enc(word) + "&limit=1000");
        Set<String> tokens = new HashSet<>();
        for (JsonNode line : filtered.get("lines")) {
            JsonNode collocates = line.get("collocates");
            // a line passes the filter because its window holds the collocate at least once
            assertThat(collocates.size()).isPositive();
            String text = line.get("before").asString()
                    + line.get("node").asString()
                    + line.get("after").asString();
            int base = line.get("before_start").asInt();
            for (JsonNode range : collocates) {
                int start = range.get(0).asInt();
                int end = range.get(1).asInt();
                // the default context (7 tokens) is wider than the default window (5), so the line shows it
                assertThat(start).isGreaterThanOrEqualTo(base);
                assertThat(end).isLessThanOrEqualTo(line.get("after_end").asInt());
                boolean outsideNode = end <= line.get("node_start").asInt()
                        || start >= line.get("node_end").asInt();
                assertThat(outsideNode)
                        .as("the node's own tokens are not its collocates")
                        .isTrue();
                // the characters are one token, and at the norm level that token is the collocate
                JsonNode analysed = json("/api/analysis?text=" + enc(text.substring(start - base, end - base)))
                        .get("tokens");
                assertThat(analysed.size()).isEqualTo(1);
                assertThat(analysed.get(0).get("norm").asString()).isEqualTo(word);
                tokens.add(line.get("doc_id").asInt() + ":" + start);
            }
        }
        // O11 counts the collocate tokens in the union of the windows: a token two windows share, once
        assertThat(tokens).hasSize(row.get("O11").asInt());
    }

    @Test
    void lines_without_a_collocate_filter_carry_no_collocate_offsets() {
        JsonNode line = json("/api/corpora/bundled/concordance?q=" + NODE + "&limit=1")
                .get("lines")
                .get(0);
        assertThat(line.has("collocates")).isFalse();
        List<CSVRecord> csv = csvRecords(get("/api/corpora/bundled/concordance?q=" + NODE + "&coll="
                + enc(topCollocate().get("word").asString()) + "&format=csv"));
        assertThat(csv.getFirst().toList()).endsWith("after_end", "collocates");
        assertThat(csv.get(1).get(csv.get(1).size() - 1)).startsWith("[[");
    }
}
