package org.siyaq.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Requests to the application on {@code port} over real HTTP, for the tests that sign in: plain ones and uploads. */
record ApiCalls(int port) {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpRequest.Builder request(String method, String path, String authorization, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return request;
    }

    HttpResponse<String> send(String method, String path, String authorization, String contentType, String body) {
        return send(request(method, path, authorization, contentType, body));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart/form-data POST to /api/corpora with the given fields and files (all named "files"). */
    HttpResponse<String> upload(
            String authorization, Map<String, String> fields, Map<String, byte[]> files, String... headers) {
        String boundary = "----siyaq" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((k, v) -> out.writeBytes(
                utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n")));
        files.forEach((name, bytes) -> {
            out.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
            out.writeBytes(bytes);
            out.writeBytes(utf8("\r\n"));
        });
        out.writeBytes(utf8("--" + boundary + "--\r\n"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/corpora"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /**
     * Polls the corpus's progress as {@code authorization} until it is ready (its last progress answer);
     * fails at once when indexing failed, and after a minute.
     */
    JsonNode waitUntilReady(String id, String authorization) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> response = send("GET", "/api/corpora/" + id + "/progress", authorization, null, null);
            if (response.statusCode() == 200) {
                JsonNode progress = JSON.readTree(response.body());
                String state = progress.get("state").asString();
                if (state.equals("failed")) {
                    throw new AssertionError("indexing corpus " + id + " failed: " + response.body());
                }
                if (state.equals("ready")) {
                    return progress;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("corpus " + id + " was not ready within a minute");
    }
}
