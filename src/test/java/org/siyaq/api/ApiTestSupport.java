package org.siyaq.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.SourceDocument;
import org.siyaq.corpus.Visibility;
import org.siyaq.security.Accounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The whole application on a random port with its own data directory, asked over real HTTP (so the API
 * is tested next to the Vaadin servlet, as it runs). Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ApiTestSupport {

    private static final String DATA_DIR = Path.of("target", "test-data-api-" + UUID.randomUUID())
            .toAbsolutePath()
            .toString();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("siyaq.data-dir", () -> DATA_DIR);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSON answer to a request that must succeed. */
    JsonNode json(String path) {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    /** The JSON body of any answer. */
    static JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** The records of a CSV body, header first, without the byte-order mark (which must be there). */
    static List<CSVRecord> csvRecords(HttpResponse<String> response) {
        String body = response.body();
        assertEquals('\uFEFF', body.charAt(0), "a CSV export starts with a byte-order mark");
        try {
            return CSVFormat.RFC4180.parse(new StringReader(body.substring(1))).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header of HTTP Basic authentication for {@code user}. */
    static String[] basicAuth(String user, String password) {
        String credentials = user + ":" + password;
        return new String[] {
            "Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))
        };
    }

    /** Adds a one-document corpus unless it is there, and an instructor account unless it exists. */
    static void addCorpusAndInstructor(
            CorpusRegistry corpora,
            Accounts accounts,
            String id,
            Visibility visibility,
            String text,
            String user,
            String password) {
        if (corpora.find(id).isEmpty()) {
            corpora.add(
                    CorpusRegistry.newCorpus(id, id, null, visibility),
                    List.of(new SourceDocument("a.txt", text, null, null, null, null, null, Map.of())),
                    p -> {});
        }
        if (!accounts.exists(user)) {
            accounts.create(user, password);
        }
    }

    static List<String> names(JsonNode object) {
        return new ArrayList<>(object.propertyNames());
    }

    static List<String> values(CSVRecord record) {
        return record.toList();
    }
}
