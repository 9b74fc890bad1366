package org.siyaq.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.siyaq.i18n.Messages;
import org.siyaq.testing.InstructorApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The instructor side of the API over real HTTP, with small limits so that each can be crossed cheaply:
 * who may do what, uploads with good and bad files, limits, visibility, download, delete, folder loading,
 * sign-in throttling and the new session id at sign-in.
 */
class InstructorApiTest extends InstructorApplication {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    // --- who may do what

    @Test
    void a_student_reads_the_corpora_without_signing_in() {
        assertThat(send("GET", "/api/corpora", null, null, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/corpora/bundled/documents", null, null, null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_student_cannot_upload_change_delete_or_reach_the_admin_api() {
        HttpResponse<String> upload = upload(null, Map.of("name", "x"), Map.of("a.txt", utf8(ARABIC)));
        assertThat(upload.statusCode()).isEqualTo(401);
        assertThat(body(upload).get("message").asString()).contains("instructor");
        assertThat(upload.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(send("DELETE", "/api/corpora/bundled", null, null, null).statusCode())
                .isEqualTo(401);
        assertThat(send("PATCH", "/api/corpora/bundled", null, "application/json", "{\"name\":\"x\"}")
                        .statusCode())
                .isEqualTo(401);
        assertThat(send("GET", "/api/admin/accounts", null, null, null).statusCode())
                .isEqualTo(401);
        assertThat(send("GET", "/api/corpora/bundled", null, null, null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_wrong_password_is_refused_and_the_right_one_lets_an_instructor_in() {
        assertThat(send("GET", "/api/admin/accounts", basic(USER, "wrong-password"), null, null)
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> accounts = send("GET", "/api/admin/accounts", instructor(), null, null);
        assertThat(accounts.statusCode()).isEqualTo(200);
        assertThat(accounts.body()).contains(USER).doesNotContain(PASSWORD);
    }

    @Test
    void sign_in_is_refused_after_repeated_failures_even_with_the_right_password() {
        String user = "locked-" + UUID.randomUUID().toString().substring(0, 6);
        String password = "a-long-enough-password";
        assertThat(send(
                                "POST",
                                "/api/admin/accounts",
                                instructor(),
                                "application/json",
                                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(send("GET", "/api/admin/accounts", basic(user, password), null, null)
                        .statusCode())
                .isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(send("GET", "/api/admin/accounts", basic(user, "guess-" + i), null, null)
                            .statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> locked = send("GET", "/api/admin/accounts", basic(user, password), null, null);
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(body(locked).get("message").asString()).startsWith("Too many failed sign-ins");
        assertThat(send("GET", "/api/admin/accounts", instructor(), null, null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void signing_in_on_the_form_changes_the_session_id() throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult result = mvc.perform(post("/login")
                        .param("username", USER)
                        .param("password", PASSWORD)
                        .with(csrf())
                        .session(session))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
        MvcResult wrong = mvc.perform(post("/login")
                        .param("username", USER)
                        .param("password", "nope")
                        .with(csrf()))
                .andReturn();
        assertThat(wrong.getResponse().getRedirectedUrl()).contains("error");
    }

    @Test
    void signing_in_on_the_form_without_its_csrf_token_is_refused() throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        MvcResult forged = mvc.perform(post("/login").param("username", USER).param("password", PASSWORD))
                .andReturn();
        // before: 302 to "/" with the instructor signed in (Vaadin's configurer exempted the login URL)
        assertThat(forged.getResponse().getStatus()).isEqualTo(403);
        assertThat(forged.getRequest().getSession().getAttribute("SPRING_SECURITY_CONTEXT"))
                .isNull();
        // the same POST dressed as a Vaadin request is no framework request (not at the servlet root)
        assertThat(mvc.perform(post("/login?v-r=uidl").param("username", USER).param("password", PASSWORD))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void a_form_post_outside_vaadin_needs_its_csrf_token() throws Exception {
        // only Vaadin's own requests (which carry Vaadin's token) are exempt
        var mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        assertThat(mvc.perform(post("/logout")).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/logout").with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
    }

    // --- uploads

    @Test
    void an_upload_indexes_in_the_background_reports_bad_files_and_stays_a_draft_until_shared() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("good.txt", utf8(ARABIC));
        files.put("empty.txt", new byte[0]);
        files.put("image.txt", new byte[] {0, 1, 2, 3, 0, 7});
        files.put("fake.pdf", utf8(ARABIC));
        files.put("rows.csv", utf8("title,text\nأول,\"" + ARABIC + "\"\n"));
        HttpResponse<String> accepted = upload(
                instructor(), Map.of("id", "upload-one", "name", "Upload one", "description", "two documents"), files);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonNode receipt = body(accepted);
        assertThat(receipt.get("progress").asString()).isEqualTo("/api/corpora/upload-one/progress");
        assertThat(receipt.get("documents").asInt()).isEqualTo(2);
        List<String> rejected = new ArrayList<>();
        receipt.get("rejected").forEach(r -> rejected.add(r.get("file").asString()));
        assertThat(rejected).containsExactly("empty.txt", "image.txt", "fake.pdf");

        JsonNode done = waitUntilReady("upload-one");
        assertThat(done.get("documents_done").asInt()).isEqualTo(2);
        assertThat(send("GET", "/api/corpora/upload-one", null, null, null).statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/api/corpora/upload-one/documents", null, null, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/api/corpora/upload-one/progress", null, null, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/api/corpora/upload-one", instructor(), null, null)
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> shared = send(
                "PATCH",
                "/api/corpora/upload-one",
                instructor(),
                "application/json",
                "{\"visibility\":\"class\",\"description\":\"now shared\"}");
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);
        JsonNode student = body(send("GET", "/api/corpora/upload-one", null, null, null));
        assertThat(student.get("visibility").asString()).isEqualTo("class");
        assertThat(student.get("description").asString()).isEqualTo("now shared");
        assertThat(student.get("name").asString()).isEqualTo("Upload one");
    }

    @Test
    void a_corpus_downloads_as_a_zip_of_its_texts_with_a_manifest() throws IOException, InterruptedException {
        assertThat(upload(
                                instructor(),
                                Map.of("id", "to-download", "visibility", "class"),
                                Map.of("one.txt", utf8(ARABIC)))
                        .statusCode())
                .isEqualTo(202);
        waitUntilReady("to-download");
        HttpResponse<byte[]> zip = CLIENT.send(
                HttpRequest.newBuilder(uri("/api/corpora/to-download/download")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(entries).containsEntry("one.txt", ARABIC).containsKey("manifest.csv");
        assertThat(entries.get("manifest.csv")).startsWith("file,title");
    }

    @Test
    void a_downloaded_corpus_uploads_again_with_its_titles_and_metadata() throws IOException, InterruptedException {
        byte[] manifest = "file,title,region\none.txt,The first text,North\n".getBytes(StandardCharsets.UTF_8);
        byte[] original = zip(Map.of("one.txt", utf8(ARABIC), "manifest.csv", manifest));
        assertThat(upload(instructor(), Map.of("id", "round-trip", "visibility", "class"), Map.of("set.zip", original))
                        .statusCode())
                .isEqualTo(202);
        waitUntilReady("round-trip");
        JsonNode first = body(send("GET", "/api/corpora/round-trip/documents/0", null, null, null));
        assertThat(first.get("title").asString()).isEqualTo("The first text");
        assertThat(first.get("metadata").get("region").asString()).isEqualTo("North");
        assertThat(body(send("GET", "/api/corpora/round-trip", null, null, null))
                        .get("documents")
                        .asInt())
                .isEqualTo(1);

        HttpResponse<byte[]> downloaded = CLIENT.send(
                HttpRequest.newBuilder(uri("/api/corpora/round-trip/download")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(upload(
                                instructor(),
                                Map.of("id", "round-trip-again", "visibility", "class"),
                                Map.of("round-trip.zip", downloaded.body()))
                        .statusCode())
                .isEqualTo(202);
        waitUntilReady("round-trip-again");
        JsonNode again = body(send("GET", "/api/corpora/round-trip-again/documents/0", null, null, null));
        assertThat(again.get("title").asString()).isEqualTo("The first text");
        assertThat(again.get("metadata").get("region").asString()).isEqualTo("North");
        assertThat(again.get("text").asString()).isEqualTo(ARABIC);
    }

    @Test
    void a_deleted_corpus_is_gone_and_the_others_stay() {
        assertThat(upload(instructor(), Map.of("id", "to-delete"), Map.of("a.txt", utf8(ARABIC)))
                        .statusCode())
                .isEqualTo(202);
        waitUntilReady("to-delete");
        assertThat(send("DELETE", "/api/corpora/to-delete", instructor(), null, null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(send("GET", "/api/corpora/to-delete", instructor(), null, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/api/corpora/bundled", null, null, null).statusCode())
                .isEqualTo(200);
        assertThat(send("DELETE", "/api/corpora/bundled", instructor(), null, null)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void an_upload_over_a_limit_is_refused_with_the_limit_named_and_nothing_stored_changes() {
        String before = send("GET", "/api/corpora", instructor(), null, null).body();
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 25; i++) {
            many.put("f" + i + ".txt", utf8(ARABIC));
        }
        HttpResponse<String> bomb = upload(instructor(), Map.of("id", "too-many"), Map.of("many.zip", zip(many)));
        assertThat(bomb.statusCode()).isEqualTo(413);
        assertThat(body(bomb).get("message").asString())
                .contains("more than 20 entries")
                .contains("Nothing was stored");

        HttpResponse<String> large =
                upload(instructor(), Map.of("id", "too-large"), Map.of("big.txt", utf8("ا".repeat(700_000))));
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(body(large).get("message").asString()).contains("larger than 1MB");

        HttpResponse<String> unreadable =
                upload(instructor(), Map.of("id", "unreadable"), Map.of("e.txt", new byte[0]));
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(body(unreadable).get("rejected").get(0).get("file").asString())
                .isEqualTo("e.txt");

        assertThat(send("GET", "/api/corpora", instructor(), null, null).body()).isEqualTo(before);
        for (String id : List.of("too-many", "too-large", "unreadable")) {
            assertThat(send("GET", "/api/corpora/" + id, instructor(), null, null)
                            .statusCode())
                    .isEqualTo(404);
        }
    }

    @Test
    void an_upload_under_a_taken_id_is_a_conflict() {
        HttpResponse<String> taken = upload(instructor(), Map.of("id", "bundled"), Map.of("a.txt", utf8(ARABIC)));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(body(taken).get("message").asString()).contains("already exists");
    }

    /**
     * Under {@code Accept-Language: ar} an instructor's mistakes are told in Arabic, with what happened and what to do:
     * deleting the bundled corpus, a taken id (409), a document number the corpus lacks (named), and each file an
     * upload skipped.
     */
    @Test
    void an_instructor_who_asks_for_arabic_is_told_every_mistake_in_arabic() {
        HttpResponse<String> delete = ApiCalls.send(new ApiCalls(port)
                .request("DELETE", "/api/corpora/bundled", instructor(), null, null)
                .header("Accept-Language", "ar"));
        assertThat(delete.statusCode()).isEqualTo(400);
        assertThat(body(delete).get("message").asString())
                .isEqualTo(Messages.arabic("api.error.bundled-delete"))
                .contains("لا يمكن حذف المدوّنة المرفقة");

        HttpResponse<String> taken = new ApiCalls(port)
                .upload(
                        instructor(),
                        Map.of("id", "bundled"),
                        Map.of("a.txt", utf8(ARABIC)),
                        "Accept-Language",
                        "ar-EG,ar;q=0.9");
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(body(taken).get("message").asString())
                .isEqualTo(Messages.arabic("api.error.corpus-exists", "bundled"))
                .contains("bundled", "اختر معرّفًا آخر");

        HttpResponse<String> missing = ApiCalls.send(new ApiCalls(port)
                .request("GET", "/api/corpora/bundled/documents/987", null, null, null)
                .header("Accept-Language", "ar"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(body(missing).get("message").asString())
                .isEqualTo(Messages.arabic("api.error.document-not-found", "987", "bundled"))
                .contains("987", "لا يوجد في المدوّنة");
        assertThat(body(missing).get("message_ar").asString()).contains("987");

        HttpResponse<String> skipped = new ApiCalls(port)
                .upload(
                        instructor(),
                        Map.of("id", "arabic-reasons", "name", "Arabic reasons"),
                        Map.of("good.txt", utf8(ARABIC), "empty.txt", new byte[0]),
                        "Accept-Language",
                        "ar");
        assertThat(skipped.statusCode()).as(skipped.body()).isEqualTo(202);
        JsonNode rejected = body(skipped).get("rejected").get(0);
        assertThat(rejected.get("file").asString()).isEqualTo("empty.txt");
        assertThat(rejected.get("reason").asString())
                .isEqualTo(rejected.get("reason_ar").asString())
                .isEqualTo(Messages.arabic("upload.problem.empty-file"));
        waitUntilReady("arabic-reasons");

        HttpResponse<String> english =
                ApiCalls.send(new ApiCalls(port).request("DELETE", "/api/corpora/bundled", instructor(), null, null));
        assertThat(body(english).get("message").asString()).isEqualTo(Messages.english("api.error.bundled-delete"));
    }

    @Test
    void a_folder_in_the_corpora_directory_is_loaded_with_its_description_and_manifest() {
        waitUntilReady("folder-corpus");
        JsonNode corpus = body(send("GET", "/api/corpora/folder-corpus", null, null, null));
        assertThat(corpus.get("name").asString()).isEqualTo("From a folder");
        JsonNode doc = body(send("GET", "/api/corpora/folder-corpus/documents/0", null, null, null));
        assertThat(doc.get("title").asString()).isEqualTo("Folder title");
        assertThat(doc.get("metadata").get("region").asString()).isEqualTo("East");
        assertThat(doc.get("text").asString()).isEqualTo(ARABIC);
    }

    // --- helpers

    private JsonNode waitUntilReady(String id) {
        return new ApiCalls(port).waitUntilReady(id, instructor());
    }

    private static String instructor() {
        return basic(USER, PASSWORD);
    }

    private static String basic(String user, String password) {
        return ApiCalls.basic(user, password);
    }

    private URI uri(String path) {
        return new ApiCalls(port).uri(path);
    }

    private HttpResponse<String> send(
            String method, String path, String authorization, String contentType, String body) {
        return new ApiCalls(port).send(method, path, authorization, contentType, body);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return ApiCalls.send(request);
    }

    /** A multipart/form-data POST to /api/corpora with the given fields and files (all named "files"). */
    private HttpResponse<String> upload(String authorization, Map<String, String> fields, Map<String, byte[]> files) {
        return new ApiCalls(port).upload(authorization, fields, files);
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
