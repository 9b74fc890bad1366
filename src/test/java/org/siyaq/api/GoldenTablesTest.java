package org.siyaq.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every table of the API, as JSON and as CSV, on the bundled corpus, byte for byte equal to the answers
 * kept in {@code src/test/resources/golden/}: a refactoring must not change one byte. When a change is
 * meant to alter an answer (a new column, a new analysis), rewrite the files with
 * {@code -Dgolden.update=true} and read their diff before committing it.
 */
class GoldenTablesTest extends ApiTestSupport {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final HttpClient BYTES = HttpClient.newHttpClient();

    /** name → request; each is asked as JSON and, where the table has one, as CSV. */
    private static Map<String, String> requests() {
        Map<String, String> r = new LinkedHashMap<>();
        String russia = enc("روسيا");
        r.put("concordance-norm", "/concordance?q=" + russia + "&limit=50");
        r.put("concordance-after", "/concordance?q=" + russia + "&sort=after1&context=5&limit=20");
        r.put("concordance-node", "/concordance?q=" + enc("المتحد*") + "&sort=node&limit=20");
        r.put("concordance-before", "/concordance?q=" + russia + "&sort=before2&limit=20");
        r.put("concordance-stem-phrase", "/concordance?q=" + enc("الولايات المتحدة") + "&level=stem&limit=20");
        r.put("concordance-wildcard", "/concordance?q=" + enc("موسك*") + "&limit=20");
        r.put("concordance-regex-form", "/concordance?q=" + enc("/ال.*ة/") + "&level=form&limit=20&offset=5");
        r.put("concordance-where", "/concordance?q=" + russia + "&where=" + enc("source:RT") + "&limit=20");
        r.put("distribution", "/concordance/distribution?q=" + enc("في"));
        for (String level : new String[] {"form", "norm", "stem", "root"}) {
            r.put("wordlist-" + level, "/wordlist?level=" + level + "&limit=200");
        }
        r.put("wordlist-no-stopwords", "/wordlist?stopwords=false&minFreq=2&limit=100&offset=10");
        r.put("collocates", "/collocates?q=" + russia);
        r.put(
                "collocates-mi-stem",
                "/collocates?q=" + russia + "&level=stem&left=3&right=2&sort=mi&minFreq=1&minCollocateFreq=1");
        r.put("ngrams-2", "/ngrams?n=2&minFreq=2");
        r.put("ngrams-3-contains", "/ngrams?n=3&minFreq=1&q=" + russia);
        return r;
    }

    @TestFactory
    Iterable<DynamicTest> every_table_answers_exactly_what_it_answered_before() {
        return requests().entrySet().stream()
                .flatMap(e -> {
                    String path = "/api/corpora/bundled" + e.getValue();
                    String csv = path + (path.contains("?") ? "&" : "?") + "format=csv";
                    return java.util.stream.Stream.of(
                            DynamicTest.dynamicTest(e.getKey() + ".json", () -> compare(e.getKey() + ".json", path)),
                            DynamicTest.dynamicTest(e.getKey() + ".csv", () -> compare(e.getKey() + ".csv", csv)));
                })
                .toList();
    }

    private void compare(String file, String path) throws IOException {
        byte[] answer = fetch(path);
        Path golden = GOLDEN.resolve(file);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.write(golden, answer);
        }
        assertThat(golden)
                .as("golden answer " + golden + " (write it with -Dgolden.update=true)")
                .exists();
        assertThat(new String(answer, java.nio.charset.StandardCharsets.UTF_8))
                .as(path)
                .isEqualTo(Files.readString(golden));
        assertThat(answer).as(path).isEqualTo(Files.readAllBytes(golden));
    }

    private byte[] fetch(String path) {
        try {
            HttpResponse<byte[]> response = BYTES.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
