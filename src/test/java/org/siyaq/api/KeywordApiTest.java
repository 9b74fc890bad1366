package org.siyaq.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.Visibility;
import org.siyaq.security.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/corpora/{id}/keywords}: its fields, its two kinds of reference, CSV, and hidden references. */
class KeywordApiTest extends ApiTestSupport {

    private static final List<String> KEYWORD_FIELDS = List.of(
            "word",
            "freq",
            "freq_ref",
            "per_million",
            "per_million_ref",
            "log_likelihood",
            "log_ratio",
            "percent_diff",
            "p_value");
    private static final String DRAFT = "keywords-draft";
    private static final String SHARED = "keywords-shared";
    private static final String TEACHER = "keywords-teacher";
    private static final String PASSWORD = "a long enough password";
    private static final String TEXT = "روسيا والولايات المتحدة في جنيف";

    @BeforeAll
    static void addReferenceCorpora(@Autowired CorpusRegistry corpora, @Autowired Accounts accounts) {
        addCorpusAndInstructor(corpora, accounts, DRAFT, Visibility.DRAFT, TEXT, TEACHER, PASSWORD);
        addCorpusAndInstructor(corpora, accounts, SHARED, Visibility.CLASS, TEXT, TEACHER, PASSWORD);
    }

    private static String[] asInstructor() {
        return basicAuth(TEACHER, PASSWORD);
    }

    @Test
    void a_sub_corpus_against_the_rest_counts_the_rest_as_the_whole_minus_the_sub_corpus() {
        JsonNode keywords = json("/api/corpora/bundled/keywords?where=source:RT&minFreq=0&limit=1000");
        assertEquals(List.of("reference", "N1", "N2", "total_rows", "offset", "rows"), names(keywords));
        long n = json("/api/corpora/bundled").get("tokens").asLong();
        long n1 = json("/api/corpora/bundled/wordlist?where=source:RT&limit=1")
                .get("summary")
                .get("N")
                .asLong();
        assertEquals(n1, keywords.get("N1").asLong());
        assertEquals(n - n1, keywords.get("N2").asLong());

        Map<String, Integer> whole = freqs("/api/corpora/bundled/wordlist?limit=1000");
        Map<String, Integer> sub = freqs("/api/corpora/bundled/wordlist?where=source:RT&limit=1000");
        JsonNode rows = keywords.get("rows");
        assertTrue(rows.size() > 10);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            assertEquals(KEYWORD_FIELDS, names(row));
            String word = row.get("word").asString();
            if (whole.containsKey(word)) {
                int a = sub.getOrDefault(word, 0);
                assertEquals(a, row.get("freq").asInt(), word);
                assertEquals(whole.get(word) - a, row.get("freq_ref").asInt(), word);
            }
            if (i > 0) {
                assertTrue(rows.get(i - 1).get("log_likelihood").asDouble()
                        >= row.get("log_likelihood").asDouble());
            }
        }
    }

    private Map<String, Integer> freqs(String path) {
        Map<String, Integer> out = new HashMap<>();
        for (JsonNode row : json(path).get("rows")) {
            out.put(row.get("word").asString(), row.get("freq").asInt());
        }
        return out;
    }

    @Test
    void negative_keywords_of_another_corpus_sorted_by_log_ratio_come_most_under_used_first() {
        // every word of the 5-token corpus is relatively more frequent there than in the bundled corpus, so
        // the negative keywords are words only the reference has, which minFreq=0 lets in
        JsonNode keywords = json("/api/corpora/" + SHARED
                + "/keywords?reference=bundled&show=negative&sort=log_ratio&minFreq=0&limit=50");
        assertEquals("bundled", keywords.get("reference").asString());
        assertEquals(
                json("/api/corpora/bundled").get("tokens").asLong(),
                keywords.get("N2").asLong());
        JsonNode rows = keywords.get("rows");
        assertTrue(rows.size() > 0);
        for (int i = 0; i < rows.size(); i++) {
            assertTrue(rows.get(i).get("log_likelihood").asDouble() < 0);
            if (i > 0) {
                assertTrue(rows.get(i - 1).get("log_ratio").asDouble()
                        <= rows.get(i).get("log_ratio").asDouble());
            }
        }
    }

    @Test
    void the_keyword_csv_has_every_row_with_the_same_columns() {
        JsonNode page = json("/api/corpora/bundled/keywords?where=source:RT&limit=3");
        HttpResponse<String> csv = get("/api/corpora/bundled/keywords?where=source:RT&format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().contains("bundled-keywords.csv"));
        List<CSVRecord> records = csvRecords(csv);
        assertEquals(KEYWORD_FIELDS, values(records.get(0)));
        assertEquals(page.get("total_rows").asInt() + 1, records.size());
        assertEquals(
                page.get("rows").get(0).get("word").asString(), records.get(1).get(0));
    }

    @Test
    void a_reference_the_user_may_not_see_answers_404_as_a_missing_one_does() {
        HttpResponse<String> hidden = get("/api/corpora/bundled/keywords?reference=" + DRAFT);
        HttpResponse<String> missing = get("/api/corpora/bundled/keywords?reference=no-such-corpus");
        assertEquals(404, hidden.statusCode(), hidden.body());
        assertEquals(404, missing.statusCode(), missing.body());
        assertEquals(
                body(missing).get("message").asString().replace("no-such-corpus", DRAFT),
                body(hidden).get("message").asString());
        assertEquals(
                404,
                get("/api/corpora/bundled/keywords?format=csv&reference=" + DRAFT)
                        .statusCode());
        HttpResponse<String> instructor = get("/api/corpora/bundled/keywords?reference=" + DRAFT, asInstructor());
        assertEquals(200, instructor.statusCode(), instructor.body());
    }

    @Test
    void a_whole_corpus_without_a_reference_is_a_bad_request_and_so_is_an_unknown_measure() {
        HttpResponse<String> noReference = get("/api/corpora/bundled/keywords");
        assertEquals(400, noReference.statusCode());
        assertTrue(body(noReference).get("message").asString().contains("Choose a reference"), noReference.body());
        assertEquals(
                400,
                get("/api/corpora/bundled/keywords?where=source:RT&sort=mi").statusCode());
        assertEquals(
                400,
                get("/api/corpora/bundled/keywords?where=source:RT&show=sideways")
                        .statusCode());
    }
}
