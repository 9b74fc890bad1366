package org.siyaq.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code where=field:value} on the bundled corpus, whose documents come from the sources RT, الأمصار,
 * تاس+ RT and الثورة نت, one without a source (seeds/manifest.csv).
 */
class SubCorpusApiTest extends ApiTestSupport {

    private static final String RT = "&where=" + enc("source:RT");
    private static final String THAWRA = "&where=" + enc("source:الثورة نت");

    /** The documents of the bundled corpus whose source is exactly {@code source}. */
    private List<JsonNode> documentsFrom(String source) {
        List<JsonNode> out = new ArrayList<>();
        json("/api/corpora/bundled/documents").forEach(d -> {
            if (source.equals(d.get("source").asString(null))) {
                out.add(d);
            }
        });
        return out;
    }

    @Test
    void the_metadata_lists_each_source_with_its_document_count() {
        JsonNode metadata = json("/api/corpora/bundled/metadata");
        JsonNode source = null;
        for (JsonNode field : metadata.get("fields")) {
            if (field.get("field").asString().equals("source")) {
                source = field;
            }
        }
        assertEquals(
                json("/api/corpora/bundled").get("documents").asInt(),
                metadata.get("documents").asInt());
        List<String> values = new ArrayList<>();
        int counted = 0;
        for (JsonNode value : source.get("values")) {
            values.add(value.get("value").asString());
            assertEquals(
                    documentsFrom(value.get("value").asString()).size(),
                    value.get("documents").asInt());
            counted += value.get("documents").asInt();
        }
        assertTrue(values.containsAll(List.of("RT", "الأمصار", "تاس+ RT", "الثورة نت")), values.toString());
        assertEquals(
                metadata.get("documents").asInt(),
                counted + source.get("without_value").asInt());
        assertEquals(1, source.get("without_value").asInt());
    }

    @Test
    void the_word_list_of_one_source_counts_the_tokens_of_its_documents_only() {
        int tokens = documentsFrom("RT").stream()
                .mapToInt(d -> d.get("tokens").asInt())
                .sum();
        JsonNode list = json("/api/corpora/bundled/wordlist?limit=1000" + RT);
        JsonNode whole = json("/api/corpora/bundled/wordlist?limit=1");

        assertEquals(tokens, list.get("summary").get("N").asInt());
        assertTrue(tokens < whole.get("summary").get("N").asInt());
        long sum = 0;
        for (JsonNode row : list.get("rows")) {
            sum += row.get("freq").asLong();
            assertTrue(row.get("range").asInt() <= documentsFrom("RT").size());
        }
        if (list.get("total_rows").asInt() <= 1000) {
            assertEquals(tokens, sum);
        }
    }

    @Test
    void concordance_lines_of_a_sub_corpus_name_their_documents_by_their_ids_in_the_whole_corpus() {
        JsonNode thawra = documentsFrom("الثورة نت").get(0);
        int id = thawra.get("id").asInt();
        JsonNode top = json("/api/corpora/bundled/wordlist?limit=1" + THAWRA)
                .get("rows")
                .get(0);
        String q = enc(top.get("word").asString());

        JsonNode result = json("/api/corpora/bundled/concordance?limit=1000&q=" + q + THAWRA);
        assertEquals(top.get("freq").asInt(), result.get("total").asInt());
        assertEquals(1, result.get("documents").asInt());
        String text = json("/api/corpora/bundled/documents/" + id).get("text").asString();
        for (JsonNode line : result.get("lines")) {
            assertEquals(id, line.get("doc_id").asInt());
            assertEquals(
                    line.get("node").asString(),
                    text.substring(
                            line.get("node_start").asInt(), line.get("node_end").asInt()));
        }

        JsonNode distribution = json("/api/corpora/bundled/concordance/distribution?q=" + q + THAWRA);
        assertEquals(1, distribution.get("rows").size());
        assertEquals(id, distribution.get("rows").get(0).get("doc_id").asInt());
        assertEquals(result.get("total"), distribution.get("total"));
    }

    @Test
    void collocates_and_n_grams_of_a_sub_corpus_use_its_own_n() {
        JsonNode list = json("/api/corpora/bundled/wordlist?limit=1" + RT);
        String q = enc(list.get("rows").get(0).get("word").asString());

        JsonNode collocates = json("/api/corpora/bundled/collocates?minFreq=1&minCollocateFreq=1&q=" + q + RT);
        assertEquals(list.get("summary").get("N").asInt(), collocates.get("N").asInt());
        assertEquals(
                list.get("rows").get(0).get("freq").asInt(),
                collocates.get("node_freq").asInt());

        JsonNode ngrams = json("/api/corpora/bundled/ngrams?n=2&limit=1000" + RT);
        long bigrams = 0;
        for (JsonNode row : ngrams.get("rows")) {
            bigrams += row.get("freq").asLong();
            assertEquals(1, row.get("range").asInt());
        }
        if (ngrams.get("total_rows").asInt() <= 1000) {
            assertEquals(
                    list.get("summary").get("N").asInt() - documentsFrom("RT").size(), bigrams);
        }
    }

    @Test
    void a_csv_export_of_a_sub_corpus_has_the_rows_of_the_sub_corpus() {
        int rows = json("/api/corpora/bundled/wordlist?limit=1" + RT)
                .get("total_rows")
                .asInt();
        HttpResponse<String> csv = get("/api/corpora/bundled/wordlist?format=csv" + RT);

        assertEquals(200, csv.statusCode());
        assertEquals(rows + 1, csvRecords(csv).size());
    }

    @Test
    void an_empty_where_means_the_whole_corpus() {
        assertEquals(
                json("/api/corpora/bundled/wordlist?limit=5"), json("/api/corpora/bundled/wordlist?limit=5&where="));
    }

    @Test
    void a_malformed_or_empty_filter_or_one_no_document_matches_is_a_400_with_a_message() {
        String q = "&q="
                + enc(json("/api/corpora/bundled/wordlist?limit=1")
                        .get("rows")
                        .get(0)
                        .get("word")
                        .asString());
        List<String> tables = List.of(
                "/api/corpora/bundled/wordlist?limit=1",
                "/api/corpora/bundled/concordance?limit=1" + q,
                "/api/corpora/bundled/concordance/distribution?x=1" + q,
                "/api/corpora/bundled/collocates?limit=1" + q,
                "/api/corpora/bundled/ngrams?limit=1",
                "/api/corpora/bundled/wordlist?format=csv",
                "/api/corpora/bundled/concordance?format=csv" + q);
        List<List<String>> cases = List.of(
                List.of("source", "field:value"),
                List.of("source:", "needs a value after 'source:'"),
                List.of(":RT", "needs a metadata field"),
                List.of("source:Reuters", "No document of corpus 'bundled' has source = 'Reuters'."),
                List.of("colour:red", "has no metadata field 'colour'"));
        for (String table : tables) {
            for (List<String> c : cases) {
                HttpResponse<String> response = get(table + "&where=" + enc(c.get(0)));
                assertEquals(400, response.statusCode(), table + " where=" + c.get(0));
                assertTrue(body(response).get("message").asString().contains(c.get(1)), response.body());
            }
        }
    }
}
