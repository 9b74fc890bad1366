package org.siyaq.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.vaadin.flow.server.WrappedHttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.siyaq.testing.InstructorApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The class code in the running application, over real HTTP: students read freely while it is off; while
 * it is on, the API answers only the code, an instructor or a browser session let in, the browser is
 * sent to the code page before a tool page, and wrong codes are throttled (that test runs last, because
 * its lockout holds for every request from this machine).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClassCodeWebTest extends InstructorApplication {

    private static final String CODE = "nahw-2026";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    ClassCodes codes;

    @AfterEach
    void turnTheCodeOff() {
        codes.set(false, null);
    }

    @Test
    @Order(1)
    void with_the_class_code_off_a_student_reads_the_corpora_without_anything() {
        assertThat(send("GET", "/api/corpora").statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/corpora/bundled/documents").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void an_instructor_turns_the_code_on_and_off_over_the_api_and_students_cannot() {
        assertThat(send(
                                "PUT",
                                "/api/admin/class-code",
                                "Content-Type",
                                "application/json",
                                "-",
                                "{\"enabled\":true,\"code\":\"" + CODE + "\"}")
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> tooShort = send(
                "PUT",
                "/api/admin/class-code",
                "Authorization",
                basic(),
                "Content-Type",
                "application/json",
                "-",
                "{\"enabled\":true,\"code\":\"abc\"}");
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(codes.enabled()).isFalse();

        HttpResponse<String> on = send(
                "PUT",
                "/api/admin/class-code",
                "Authorization",
                basic(),
                "Content-Type",
                "application/json",
                "-",
                "{\"enabled\":true,\"code\":\"" + CODE + "\"}");
        assertThat(on.statusCode()).isEqualTo(200);
        assertThat(body(on).get("enabled").asBoolean()).isTrue();
        assertThat(send("GET", "/api/corpora").statusCode()).isEqualTo(401);

        HttpResponse<String> off = send(
                "PUT",
                "/api/admin/class-code",
                "Authorization",
                basic(),
                "Content-Type",
                "application/json",
                "-",
                "{\"enabled\":false}");
        assertThat(body(off).get("enabled").asBoolean()).isFalse();
        assertThat(send("GET", "/api/corpora").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void with_the_code_on_the_api_answers_the_code_or_an_instructor_and_nobody_else() {
        codes.set(true, CODE);
        HttpResponse<String> student = send("GET", "/api/corpora/bundled");
        assertThat(student.statusCode()).isEqualTo(401);
        JsonNode error = body(student);
        assertThat(error.get("status").asInt()).isEqualTo(401);
        assertThat(error.get("error").asString()).isEqualTo("class_code");
        assertThat(error.get("message").asString()).contains(ClassCodes.HEADER);
        assertThat(error.get("message_ar").asString()).isNotBlank();
        assertThat(student.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).doesNotStartWith("Basic"));

        HttpResponse<String> wrong = send("GET", "/api/corpora", ClassCodes.HEADER, "nahw-2025");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(body(wrong).get("message").asString()).contains("not the class code");
        assertThat(send("GET", "/api/corpora", ClassCodes.HEADER, CODE).statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/api/corpora/bundled/documents", ClassCodes.HEADER, CODE)
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/api/corpora", "Authorization", basic()).statusCode())
                .isEqualTo(200);
    }

    @Test
    @Order(4)
    void a_browser_session_let_in_on_the_code_page_reads_the_api_so_csv_links_keep_working() throws Exception {
        codes.set(true, CODE);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        MockHttpSession session = new MockHttpSession();
        assertThat(mvc.perform(get("/api/corpora").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        codes.admit(new WrappedHttpSession(session));
        assertThat(mvc.perform(get("/api/corpora").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    @Order(5)
    void with_the_code_on_a_visitor_to_a_tool_page_is_sent_to_the_code_page() {
        assertThat(openPage("concordance")).contains("concordance-view").doesNotContain("class-code-field");
        codes.set(true, CODE);
        assertThat(openPage("concordance"))
                .as("the address and the page are the code page's")
                .contains("class-code?continue=concordance")
                .contains("class-code-field")
                .doesNotContain("concordance-view");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void wrong_codes_are_throttled_like_sign_ins() {
        codes.set(true, CODE);
        for (int i = 0; i < MAX_FAILURES; i++) {
            assertThat(send("GET", "/api/corpora", ClassCodes.HEADER, "guess-" + i)
                            .statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> locked = send("GET", "/api/corpora", ClassCodes.HEADER, CODE);
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(body(locked).get("message").asString()).startsWith("Too many wrong class codes");
        assertThat(send("GET", "/api/corpora", "Authorization", basic()).statusCode())
                .as("instructors are not locked out")
                .isEqualTo(200);
    }

    /**
     * What the Vaadin UI answers to a new visitor opening {@code path}, in the round trips a browser makes:
     * the page, the UI's bootstrap, then the client's navigation event (where routing happens).
     */
    private String openPage(String path) {
        HttpResponse<String> page = send("GET", "/" + path);
        List<String> cookies = new ArrayList<>();
        page.headers().allValues("Set-Cookie").forEach(c -> cookies.add(c.split(";", 2)[0]));
        String cookie = String.join("; ", cookies);
        HttpResponse<String> init = send("GET", "/?v-r=init&location=" + path + "&query=", "Cookie", cookie);
        assertThat(init.statusCode()).as(init.body()).isEqualTo(200);
        JsonNode uidl = body(init).get("appConfig").get("uidl");
        String navigate =
                "{\"csrfToken\":\"" + uidl.get("Vaadin-Security-Key").asString() + "\",\"rpc\":[{\"type\":\"event\","
                        + "\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + path + "\",\"query\":\"\","
                        + "\"appShellTitle\":\"\",\"historyState\":null,\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> routed = send(
                "POST",
                "/?v-r=uidl&v-uiId=" + body(init).get("appConfig").get("v-uiId").asInt(),
                "Cookie",
                cookie,
                "Content-Type",
                "application/json; charset=UTF-8",
                "-",
                navigate);
        assertThat(routed.statusCode()).as(routed.body()).isEqualTo(200);
        return routed.body();
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** Sends a request; {@code headersAndBody} are header names and values, then optionally "-" and a body. */
    private HttpResponse<String> send(String method, String path, String... headersAndBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        for (int i = 0; i < headersAndBody.length; i += 2) {
            if (headersAndBody[i].equals("-")) {
                body = HttpRequest.BodyPublishers.ofString(headersAndBody[i + 1], StandardCharsets.UTF_8);
            } else {
                request.header(headersAndBody[i], headersAndBody[i + 1]);
            }
        }
        try {
            return CLIENT.send(
                    request.method(method, body).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
