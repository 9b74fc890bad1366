package org.siyaq.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ToolApiTest extends ApiTestSupport {

    private static final List<String> LINE_FIELDS = List.of(
            "doc_id",
            "doc_title",
            "position",
            "before",
            "node",
            "after",
            "node_start",
            "node_end",
            "before_start",
            "after_end");
    private static final List<String> WORD_FIELDS =
            List.of("rank", "word", "freq", "per_million", "range", "dp", "dp_norm", "forms");
    private static final List<String> COLLOCATE_FIELDS = List.of(
            "word",
            "O11",
            "E11",
            "C1",
            "mi",
            "mi3",
            "t_score",
            "z_score",
            "log_likelihood",
            "log_dice",
            "dice",
            "delta_p",
            "log_ratio",
            "p_value",
            "forms");

    /** The most frequent word at the norm level: a node that certainly occurs. */
    private JsonNode topWord() {
        return json("/api/corpora/bundled/wordlist?level=norm&limit=1")
                .get("rows")
                .get(0);
    }

    @Test
    void the_word_list_has_a_summary_and_ranked_rows_with_the_documented_fields() {
        JsonNode list = json("/api/corpora/bundled/wordlist?level=norm&limit=20");
        assertEquals(List.of("summary", "total_rows", "offset", "rows"), names(list));
        JsonNode summary = list.get("summary");
        assertEquals(List.of("N", "types", "TTR", "STTR"), names(summary));
        assertEquals(
                json("/api/corpora/bundled").get("tokens").asLong(),
                summary.get("N").asLong());
        assertEquals(summary.get("types").asInt(), list.get("total_rows").asInt());
        JsonNode rows = list.get("rows");
        assertEquals(20, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(WORD_FIELDS, names(rows.get(i)));
            assertEquals(i + 1, rows.get(i).get("rank").asInt());
            if (i > 0) {
                assertTrue(rows.get(i - 1).get("freq").asInt()
                        >= rows.get(i).get("freq").asInt());
            }
        }
    }

    @Test
    void a_word_list_page_starts_at_its_offset() {
        JsonNode all = json("/api/corpora/bundled/wordlist?limit=10").get("rows");
        JsonNode page = json("/api/corpora/bundled/wordlist?offset=5&limit=3");
        assertEquals(5, page.get("offset").asInt());
        assertEquals(all.get(5), page.get("rows").get(0));
        assertEquals(all.get(7), page.get("rows").get(2));
    }

    @Test
    void the_concordance_of_a_word_has_as_many_lines_as_the_word_list_counts_and_cuts_them_from_the_text() {
        JsonNode word = topWord();
        JsonNode result = json("/api/corpora/bundled/concordance?level=norm&limit=1000&q="
                + enc(word.get("word").asString()));
        assertEquals(List.of("total", "documents", "offset", "lines"), names(result));
        assertEquals(word.get("freq").asInt(), result.get("total").asInt());
        assertEquals(word.get("range").asInt(), result.get("documents").asInt());
        JsonNode line = result.get("lines").get(0);
        assertEquals(LINE_FIELDS, names(line));
        String text = json("/api/corpora/bundled/documents/"
                        + line.get("doc_id").asInt())
                .get("text")
                .asString();
        assertEquals(
                line.get("node").asString(),
                text.substring(
                        line.get("node_start").asInt(), line.get("node_end").asInt()));
        assertEquals(
                line.get("before").asString(),
                text.substring(
                        line.get("before_start").asInt(), line.get("node_start").asInt()));
        assertEquals(
                line.get("after").asString(),
                text.substring(
                        line.get("node_end").asInt(), line.get("after_end").asInt()));
    }

    @Test
    void the_distribution_of_a_query_adds_up_to_the_concordance_total() {
        String q = enc(topWord().get("word").asString());
        JsonNode concordance = json("/api/corpora/bundled/concordance?limit=1&q=" + q);
        JsonNode distribution = json("/api/corpora/bundled/concordance/distribution?q=" + q);
        assertEquals(concordance.get("total"), distribution.get("total"));
        assertEquals(concordance.get("documents"), distribution.get("documents"));
        assertEquals(
                json("/api/corpora/bundled").get("documents").asInt(),
                distribution.get("rows").size());
        assertEquals(
                List.of("doc_id", "doc_title", "hits", "tokens", "per_million"),
                names(distribution.get("rows").get(0)));
    }

    @Test
    void collocates_have_every_measure_and_are_sorted_by_the_chosen_one() {
        String q = enc(topWord().get("word").asString());
        JsonNode result = json("/api/corpora/bundled/collocates?left=4&right=4&sort=t_score&q=" + q);
        assertEquals(List.of("node_freq", "R1", "N", "total_rows", "offset", "rows"), names(result));
        assertEquals(topWord().get("freq").asInt(), result.get("node_freq").asInt());
        JsonNode rows = result.get("rows");
        assertTrue(rows.size() > 1, "the most frequent word has collocates");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            assertEquals(COLLOCATE_FIELDS, names(row));
            assertTrue(row.get("O11").asInt() >= 2
                    && row.get("C1").asInt() >= row.get("O11").asInt());
            if (i > 0) {
                assertTrue(rows.get(i - 1).get("t_score").asDouble()
                        >= row.get("t_score").asDouble());
            }
        }
    }

    @Test
    void n_grams_have_n_words_and_the_documented_fields() {
        JsonNode result = json("/api/corpora/bundled/ngrams?n=2&minFreq=2");
        assertEquals(List.of("total_rows", "offset", "rows"), names(result));
        JsonNode row = result.get("rows").get(0);
        assertEquals(List.of("ngram", "freq", "range", "forms"), names(row));
        assertEquals(2, row.get("ngram").asString().split(" ").length);
        assertTrue(row.get("freq").asInt() >= 2);
    }
}
