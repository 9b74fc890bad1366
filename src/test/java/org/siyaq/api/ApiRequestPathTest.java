package org.siyaq.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siyaq.concordance.ConcordanceTool;
import org.siyaq.testing.InstructorApplication;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A student's API request over real HTTP after the request path was made cheaper (issue 14, item 4): a
 * read makes no session, the rows keep their columns and order, and what needed an instructor still does.
 */
class ApiRequestPathTest extends InstructorApplication {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void an_anonymous_concordance_page_sets_no_session_cookie_and_its_lines_have_the_columns_in_order() {
        ApiCalls api = new ApiCalls(port);
        api.waitUntilReady("folder-corpus", HardeningApiTest.instructor());
        // the folder's one text has روسيا once: one line
        HttpResponse<String> page = api.send(
                "GET",
                "/api/corpora/folder-corpus/concordance?q=" + URLEncoder.encode("روسيا", StandardCharsets.UTF_8),
                null,
                null,
                null);

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
        JsonNode answer = JSON.readTree(page.body());
        assertThat(answer.get("total").asInt()).isEqualTo(1);
        JsonNode line = answer.get("lines").get(0);
        List<String> keys = new ArrayList<>(line.propertyNames());
        assertThat(keys).isEqualTo(ConcordanceTool.COLUMNS.names());
        assertThat(line.get("node").asString()).isEqualTo("روسيا");
        // "قال الوزير إن المحادثات مع روسيا": the node is the sixth token, position 5
        assertThat(line.get("position").asInt()).isEqualTo(5);
        assertThat(line.get("doc_title").asString()).isEqualTo("Folder title");
    }

    @Test
    void an_anonymous_change_to_a_corpus_still_answers_401_and_sets_no_session_cookie() {
        ApiCalls api = new ApiCalls(port);
        HttpResponse<String> delete = api.send("DELETE", "/api/corpora/folder-corpus", null, null, null);
        HttpResponse<String> accounts = api.send("GET", "/api/admin/accounts", null, null, null);

        assertThat(delete.statusCode()).isEqualTo(401);
        assertThat(accounts.statusCode()).isEqualTo(401);
        assertThat(delete.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(api.send("GET", "/api/corpora/folder-corpus", null, null, null)
                        .statusCode())
                .isEqualTo(200);
    }
}
