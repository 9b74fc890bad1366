package org.siyaq.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.SeedCorpus;
import org.siyaq.corpus.Visibility;
import org.siyaq.security.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class CorpusApiTest extends ApiTestSupport {

    private static final List<String> CORPUS_FIELDS = List.of(
            "id",
            "name",
            "description",
            "language_note",
            "source_note",
            "visibility",
            "documents",
            "tokens",
            "analyzer_version");
    private static final List<String> DOCUMENT_FIELDS =
            List.of("id", "file_name", "title", "author", "date", "source", "genre", "metadata", "tokens");

    private static final String DRAFT = "draft-only";
    private static final String TEACHER = "api-teacher";
    private static final String PASSWORD = "a long enough password";

    @BeforeAll
    static void addDraftCorpusAndInstructor(@Autowired CorpusRegistry corpora, @Autowired Accounts accounts) {
        addCorpusAndInstructor(corpora, accounts, DRAFT, Visibility.DRAFT, "نص لم يشارك بعد", TEACHER, PASSWORD);
    }

    private static String[] asInstructor() {
        return basicAuth(TEACHER, PASSWORD);
    }

    @Test
    void an_instructor_sees_a_draft_corpus_in_the_list_and_can_query_it() {
        HttpResponse<String> list = get("/api/corpora", asInstructor());
        assertEquals(200, list.statusCode(), list.body());
        boolean listed = false;
        for (JsonNode corpus : body(list)) {
            listed |= DRAFT.equals(corpus.get("id").asString());
        }
        assertTrue(listed);
        HttpResponse<String> documents = get("/api/corpora/" + DRAFT + "/documents", asInstructor());
        assertEquals(200, documents.statusCode(), documents.body());
        assertEquals(1, body(documents).size());
    }

    @Test
    void a_draft_corpus_is_hidden_from_a_requester_who_is_not_an_instructor() {
        for (JsonNode corpus : json("/api/corpora")) {
            assertNotEquals(DRAFT, corpus.get("id").asString());
        }
        for (String path : List.of("", "/documents", "/documents/0", "/wordlist", "/concordance?q=" + enc("نص"))) {
            HttpResponse<String> response = get("/api/corpora/" + DRAFT + path);
            assertEquals(404, response.statusCode(), path);
            assertEquals(
                    body(get("/api/corpora/no-such-corpus" + path))
                            .get("message")
                            .asString()
                            .replace("no-such-corpus", DRAFT),
                    body(response).get("message").asString(),
                    "a hidden corpus answers like a missing one");
        }
    }

    @Test
    void the_corpus_list_names_the_bundled_corpus_with_every_documented_field() {
        JsonNode corpora = json("/api/corpora");
        assertTrue(corpora.isArray());
        JsonNode bundled = corpora.get(0);
        assertEquals("bundled", bundled.get("id").asString());
        assertEquals(CORPUS_FIELDS, names(bundled));
        assertTrue(bundled.get("tokens").asLong() > 0);
    }

    @Test
    void one_corpus_answers_with_the_same_description_as_in_the_list() {
        assertEquals(json("/api/corpora").get(0), json("/api/corpora/bundled"));
    }

    @Test
    void the_document_list_has_as_many_documents_and_tokens_as_the_corpus_says() {
        JsonNode corpus = json("/api/corpora/bundled");
        JsonNode documents = json("/api/corpora/bundled/documents");
        assertEquals(corpus.get("documents").asInt(), documents.size());
        long tokens = 0;
        for (JsonNode doc : documents) {
            assertEquals(DOCUMENT_FIELDS, names(doc));
            assertTrue(doc.get("metadata").isObject());
            tokens += doc.get("tokens").asLong();
        }
        assertEquals(corpus.get("tokens").asLong(), tokens);
    }

    @Test
    void a_document_answers_with_its_metadata_and_its_whole_text() {
        JsonNode listed = json("/api/corpora/bundled/documents").get(1);
        JsonNode doc = json("/api/corpora/bundled/documents/1");
        for (String field : DOCUMENT_FIELDS) {
            assertEquals(listed.get(field), doc.get(field), field);
        }
        assertEquals("text", names(doc).get(names(doc).size() - 1));
        assertFalse(doc.get("text").asString().isBlank());
        // the whole text as the file has it, what lies before its first token and after its last included
        String file = doc.get("file_name").asString();
        String original = new SeedCorpus()
                .documents().stream()
                        .filter(d -> file.equals(d.fileName()))
                        .findFirst()
                        .orElseThrow()
                        .text();
        assertEquals(original, doc.get("text").asString());
    }
}
