package org.siyaq.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.siyaq.testing.InstructorApplication;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The probes of the outside review (issue 11) that go through the whole application over real HTTP:
 * parallel password guesses, a PATCH that is half good, over-long and malformed input. Each test says
 * what the probe answered before the fix.
 */
class HardeningApiTest extends InstructorApplication {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    // --- item 1

    @Test
    void sixty_guesses_at_once_compare_no_more_passwords_than_the_lockout_allows() {
        String user = "guessed-" + UUID.randomUUID().toString().substring(0, 6);
        String password = "a-long-enough-password";
        assertThat(send(
                                "POST",
                                "/api/admin/accounts",
                                instructor(),
                                "application/json",
                                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}")
                        .statusCode())
                .isEqualTo(201);

        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String guess = i == 44 ? password : "guess-" + i;
            answers.add(CLIENT.sendAsync(
                    request("GET", "/api/admin/accounts", basic(user, guess), null, null)
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        int compared = 0;
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.join();
            if (!response.body().contains("Too many failed sign-ins")) {
                compared++;
            }
        }
        // before: 58 of 60 compared and the 45th (right) answered 200; now at most 3 get to the hash
        assertThat(compared).as("guesses whose password was compared").isLessThanOrEqualTo(MAX_FAILURES);
    }

    // --- item 2

    @Test
    void a_patch_with_a_good_name_and_a_bad_visibility_changes_nothing() {
        String id = uploadedCorpus("patched");
        HttpResponse<String> half = send(
                "PATCH",
                "/api/corpora/" + id,
                instructor(),
                "application/json",
                "{\"name\":\"New name\",\"visibility\":\"everyone\"}");
        HttpResponse<String> tooLong = send(
                "PATCH",
                "/api/corpora/" + id,
                instructor(),
                "application/json",
                "{\"name\":\"Newer name\",\"description\":\"" + "d".repeat(10_001) + "\"}");

        // before: 400 for the first but the name was changed; 500 for the second
        assertThat(half.statusCode()).isEqualTo(400);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(body(tooLong).get("message").asString())
                .contains("10,000")
                .contains("10,001")
                .doesNotContainIgnoringCase("update");
        assertThat(body(send("GET", "/api/corpora/" + id, instructor(), null, null))
                        .toString())
                .contains("\"patched\"")
                .doesNotContain("New name")
                .doesNotContain("Newer name");
    }

    // --- item 6

    @Test
    void a_csv_with_an_over_long_title_loads_with_the_title_cut_and_the_reason_given() {
        String title = "t".repeat(2_500);
        HttpResponse<String> answer = upload(
                Map.of("name", "long-title"),
                Map.of("rows.csv", utf8("title,region,text\n" + title + ",East," + ARABIC + "\n")));

        // before: 202, then the whole corpus failed with the SQL INSERT as its message
        assertThat(answer.statusCode()).isEqualTo(202);
        JsonNode receipt = body(answer);
        assertThat(receipt.get("rejected").toString())
                .contains("field_shortened")
                .contains("2000");
        String id = receipt.get("id").asString();
        waitUntilReady(id);
        String doc = send("GET", "/api/corpora/" + id + "/documents/0", instructor(), null, null)
                .body();
        assertThat(body(send("GET", "/api/corpora/" + id + "/documents/0", instructor(), null, null))
                        .get("title")
                        .asString())
                .hasSize(2_000)
                .endsWith("\u2026");
        assertThat(doc).doesNotContainIgnoringCase("insert");
    }

    @Test
    void a_file_name_of_1500_characters_is_skipped_with_its_reason_not_refused_as_too_large() {
        String longName = "n".repeat(1_496) + ".txt";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(longName, utf8(ARABIC));
        files.put("short.txt", utf8(ARABIC));
        HttpResponse<String> answer = upload(Map.of("name", "long-name"), files);

        // before: 413 "larger than 200MB"
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        assertThat(answer.body())
                .contains("file_name_too_long")
                .contains("1500")
                .doesNotContain("200MB");
        assertThat(body(answer).get("documents").asInt()).isEqualTo(1);
    }

    @Test
    void a_nul_in_a_file_name_malformed_json_and_a_broken_multipart_body_are_400s_that_say_what_is_wrong() {
        HttpResponse<String> nul = upload(Map.of("name", "nul-name"), Map.of("bad\u0000name.txt", utf8(ARABIC)));
        HttpResponse<String> json =
                send("PATCH", "/api/corpora/bundled", instructor(), "application/json", "{\"name\": ");
        HttpResponse<String> multipart = send(
                "POST",
                "/api/corpora",
                instructor(),
                "multipart/form-data; boundary=xyz",
                "--xyz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\nno closing boundary");

        // before: 500 "Something went wrong on the server" for each
        assertThat(nul.statusCode()).as(nul.body()).isEqualTo(400);
        assertThat(body(nul).get("message").asString()).contains("NUL in a file name");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(body(json).get("message").asString()).contains("not valid JSON");
        assertThat(multipart.statusCode()).as(multipart.body()).isEqualTo(400);
        assertThat(body(multipart).get("message").asString()).contains("multipart");
    }

    // --- item 9

    @Test
    void html_pages_and_api_answers_carry_the_security_headers() {
        for (String path : List.of("/", "/login", "/api/corpora", "/api/corpora/nope")) {
            HttpResponse<String> answer = send("GET", path, null, null, null);
            // before: none of these on the HTML pages
            assertThat(answer.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp ->
                            assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'self'"));
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(answer.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .contains("nosniff");
            assertThat(answer.headers().firstValue("Cache-Control"))
                    .as(path)
                    .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        }
    }

    @Test
    void the_session_cookie_is_same_site() {
        HttpResponse<String> page = send("GET", "/login", null, null, null);
        // before: JSESSIONID=…; Path=/; HttpOnly (no SameSite)
        assertThat(page.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void an_instructor_cannot_set_another_instructors_password_and_user_names_ignore_case() {
        String other = "other-" + UUID.randomUUID().toString().substring(0, 6);
        String password = "another-long-password";
        assertThat(send(
                                "POST",
                                "/api/admin/accounts",
                                instructor(),
                                "application/json",
                                "{\"username\":\"" + other + "\",\"password\":\"" + password + "\"}")
                        .statusCode())
                .isEqualTo(201);

        HttpResponse<String> taken = send(
                "PUT",
                "/api/admin/accounts/" + other + "/password",
                instructor(),
                "application/json",
                "{\"password\":\"taken-over-by-teacher\"}");
        HttpResponse<String> twin = send(
                "POST",
                "/api/admin/accounts",
                instructor(),
                "application/json",
                "{\"username\":\"" + other.toUpperCase(java.util.Locale.ROOT) + "\",\"password\":\"" + password
                        + "\"}");
        HttpResponse<String> own = send(
                "PUT",
                "/api/admin/accounts/" + other + "/password",
                basic(other, password),
                "application/json",
                "{\"password\":\"my-own-new-password\"}");

        // before: 204 (teacher set other's password) and 201 (OTHER created next to other)
        assertThat(taken.statusCode()).isEqualTo(403);
        assertThat(twin.statusCode()).isEqualTo(400);
        assertThat(own.statusCode()).isEqualTo(204);
        assertThat(send("GET", "/api/admin/accounts", basic(other, "my-own-new-password"), null, null)
                        .statusCode())
                .isEqualTo(200);
    }

    // --- helpers

    private String uploadedCorpus(String name) {
        HttpResponse<String> answer = upload(Map.of("name", name), Map.of("a.txt", utf8(ARABIC)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        String id = body(answer).get("id").asString();
        waitUntilReady(id);
        return id;
    }

    private void waitUntilReady(String id) {
        new ApiCalls(port).waitUntilReady(id, instructor());
    }

    static String instructor() {
        return basic(USER, PASSWORD);
    }

    static String basic(String user, String password) {
        return ApiCalls.basic(user, password);
    }

    HttpRequest.Builder request(String method, String path, String authorization, String contentType, String body) {
        return new ApiCalls(port).request(method, path, authorization, contentType, body);
    }

    HttpResponse<String> send(String method, String path, String authorization, String contentType, String body) {
        return new ApiCalls(port).send(method, path, authorization, contentType, body);
    }

    /** A multipart/form-data POST to /api/corpora as the instructor, the files all named "files". */
    HttpResponse<String> upload(Map<String, String> fields, Map<String, byte[]> files) {
        return new ApiCalls(port).upload(instructor(), fields, files);
    }

    static byte[] utf8(String s) {
        return ApiCalls.utf8(s);
    }

    static JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
