package org.siyaq.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ApiErrorTest extends ApiTestSupport {

    /** Asks for {@code path}, expects {@code status} with the documented error body, and returns that body. */
    private JsonNode error(String path, int status, String... headers) {
        HttpResponse<String> response = get(path, headers);
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertFalse(response.body().contains("Exception"), response.body());
        assertFalse(response.body().contains("\tat "), response.body());
        JsonNode body = body(response);
        assertEquals(List.of("status", "error", "message", "message_ar"), names(body));
        assertEquals(status, body.get("status").asInt());
        assertFalse(body.get("message").asString().isBlank());
        return body;
    }

    @Test
    void an_unknown_level_is_a_bad_request_named_in_english_and_arabic() {
        JsonNode body = error("/api/corpora/bundled/wordlist?level=lema", 400);
        assertEquals("bad_request", body.get("error").asString());
        assertTrue(body.get("message").asString().contains("lema"));
        assertTrue(body.get("message_ar").asString().contains("lema"));
    }

    @Test
    void a_malformed_regular_expression_is_a_bad_request() {
        JsonNode body = error("/api/corpora/bundled/concordance?q=" + enc("/[/"), 400);
        assertTrue(body.get("message").asString().contains("["), body.toString());
        assertFalse(body.get("message_ar").isNull());
    }

    @Test
    void an_empty_query_is_a_bad_request_and_so_is_a_missing_one() {
        JsonNode empty = error("/api/corpora/bundled/concordance?q=", 400);
        JsonNode missing = error("/api/corpora/bundled/collocates", 400);
        assertEquals(empty.get("message"), missing.get("message"));
    }

    @Test
    void a_path_no_endpoint_serves_is_a_json_not_found() {
        JsonNode body = error("/api/corpora/bundled/keywordz", 404);
        assertEquals("not_found", body.get("error").asString());
        assertTrue(body.get("message").asString().contains("/api/corpora/bundled/keywordz"));
    }

    @Test
    void a_negative_window_is_a_bad_request() {
        JsonNode body = error("/api/corpora/bundled/collocates?q=x&left=-1", 400);
        assertTrue(body.get("message").asString().contains("-1"), body.toString());
    }

    @Test
    void parameters_out_of_range_are_explained_in_arabic_too() {
        for (String path : new String[] {
            "/api/corpora/bundled/concordance?q=x&context=51",
            "/api/corpora/bundled/wordlist?limit=0",
            "/api/corpora/bundled/wordlist?offset=-1",
            "/api/corpora/bundled/concordance?q=x&sort=foo",
            "/api/corpora/bundled/ngrams?n=7",
            "/api/corpora/bundled/collocates?q=x&sort=foo",
            "/api/corpora/bundled/wordlist?where=source:Reuters"
        }) {
            JsonNode body = error(path, 400);
            assertFalse(body.get("message_ar").isNull(), path + " " + body);
            assertTrue(
                    body.get("message_ar").asString().chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF),
                    path + " " + body);
        }
    }

    @Test
    void a_word_where_a_number_belongs_is_a_bad_request_naming_the_parameter() {
        JsonNode body = error("/api/corpora/bundled/wordlist?limit=many", 400);
        assertTrue(body.get("message").asString().contains("limit"));
        assertTrue(body.get("message").asString().contains("many"));
    }

    @Test
    void a_page_larger_than_a_thousand_rows_is_a_bad_request() {
        error("/api/corpora/bundled/ngrams?limit=1001", 400);
        error("/api/corpora/bundled/concordance?q=x&limit=0", 400);
    }

    @Test
    void an_unknown_sort_and_an_unknown_format_are_bad_requests() {
        error("/api/corpora/bundled/collocates?q=x&sort=beauty", 400);
        error("/api/corpora/bundled/concordance?q=x&sort=before9", 400);
        error("/api/corpora/bundled/wordlist?format=xlsx", 400);
    }

    @Test
    void a_csv_request_with_a_bad_query_gets_a_json_error_not_a_broken_file() {
        JsonNode body = error("/api/corpora/bundled/concordance?format=csv&q=" + enc("/[/"), 400);
        assertEquals("bad_request", body.get("error").asString());
    }

    @Test
    void an_unknown_corpus_is_not_found_for_every_endpoint() {
        for (String path : List.of(
                "",
                "/documents",
                "/documents/0",
                "/concordance?q=x",
                "/wordlist",
                "/ngrams",
                "/collocates?q=x",
                "/wordlist?format=csv")) {
            JsonNode body = error("/api/corpora/no-such-corpus" + path, 404);
            assertEquals("not_found", body.get("error").asString());
            assertTrue(body.get("message").asString().contains("no-such-corpus"), path);
        }
    }

    @Test
    void an_unknown_document_is_not_found() {
        int documents = json("/api/corpora/bundled").get("documents").asInt();
        error("/api/corpora/bundled/documents/" + documents, 404);
        error("/api/corpora/bundled/documents/-1", 404);
    }

    @Test
    void lang_ar_or_an_arabic_accept_language_puts_the_arabic_message_first() {
        JsonNode english = error("/api/corpora/bundled/concordance?q=", 400);
        JsonNode byParameter = error("/api/corpora/bundled/concordance?q=&lang=ar", 400);
        JsonNode byHeader =
                error("/api/corpora/bundled/concordance?q=", 400, "Accept-Language", "ar-EG,ar;q=0.9,en;q=0.5");
        assertNotEquals(english.get("message"), byParameter.get("message"));
        assertEquals(english.get("message_ar"), byParameter.get("message"));
        assertEquals(english.get("message_ar"), byHeader.get("message"));
    }
}
