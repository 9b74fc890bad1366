package org.siyaq.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** CQL through the HTTP API: every tool that takes a query takes CQL, and a CQL mistake is a 400 in both languages. */
class CqlApiTest extends ApiTestSupport {

    private static final String GAP = "\"روسيا\" []{0,3} \"المتحدة\"";

    private long total(String query) {
        return body(get("/api/corpora/bundled/concordance?limit=1&q=" + enc(query)))
                .get("total")
                .asLong();
    }

    @Test
    void a_cql_root_is_typed_as_the_simple_syntax_types_it() {
        // qala "he said" (root ق و ل) and amana "he believed" (root ء م ن) are in the news reports
        long qwl = total("root:قول");
        assertThat(qwl).isPositive();
        assertThat(total("[root=\"ق-و-ل\"]")).isEqualTo(qwl);
        assertThat(total("[root=\"ق و ل\"]")).isEqualTo(qwl);
        long amn = total("root:أمن");
        assertThat(amn).isPositive();
        assertThat(total("[root=\"أمن\"]")).isEqualTo(amn);
        assertThat(total("root:/أم./")).isGreaterThanOrEqualTo(amn);
    }

    @Test
    void a_cql_mistake_is_a_bad_request_with_the_character_in_english_and_arabic() {
        HttpResponse<String> response = get("/api/corpora/bundled/concordance?q=" + enc("[norm=\"قال\""));
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = body(response);
        assertThat(body.get("message").asString()).isEqualTo("Expected “]” after “[norm=\"قال\"” at character 12.");
        assertThat(body.get("message_ar").asString()).isEqualTo("يُتوقَّع «]» بعد «[norm=\"قال\"» عند الحرف 12.");
    }

    @Test
    void part_of_speech_is_refused_with_a_reason() {
        HttpResponse<String> response = get("/api/corpora/bundled/concordance?q=" + enc("[pos=\"N\"]"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("message").asString()).contains("pos").contains("not available");
    }

    @Test
    void concordance_distribution_collocates_ngrams_and_csv_take_a_cql_query() throws IOException {
        JsonNode lines = body(get("/api/corpora/bundled/concordance?q=" + enc(GAP)));
        long total = lines.get("total").asLong();
        assertThat(total).isPositive();
        assertThat(lines.get("lines").get(0).get("node").asString()).contains(" ");
        assertThat(body(get("/api/corpora/bundled/concordance/distribution?q=" + enc(GAP)))
                        .get("total")
                        .asLong())
                .isEqualTo(total);
        JsonNode collocates = body(get("/api/corpora/bundled/collocates?q=" + enc(GAP)));
        assertThat(collocates.toString()).contains("rows");
        JsonNode ngrams = body(get("/api/corpora/bundled/ngrams?n=4&contains=" + enc("\"روسيا\" []? \"المتحدة\"")));
        assertThat(ngrams.get("rows").size()).isPositive();
        HttpResponse<String> csv = get("/api/corpora/bundled/concordance?format=csv&q=" + enc(GAP));
        assertThat(csv.statusCode()).isEqualTo(200);
        // a header record and one record per hit (after the byte-order mark)
        assertThat(CSVFormat.RFC4180
                        .parse(new StringReader(csv.body().substring(1)))
                        .getRecords())
                .hasSize((int) total + 1);
    }

    @Test
    void a_context_in_sentences_stays_inside_the_sentence() {
        JsonNode words = body(get("/api/corpora/bundled/concordance?context=50&limit=1&q=" + enc("روسيا")));
        JsonNode sentence = body(get("/api/corpora/bundled/concordance?sentences=1&limit=1&q=" + enc("روسيا")));
        String shown = sentence.get("lines").get(0).get("after").asString();
        assertThat(shown.length())
                .isLessThan(words.get("lines").get(0).get("after").asString().length());
        assertThat(shown.strip()).doesNotContain(".").doesNotContain("\n").doesNotContain("،");
        assertThat(get("/api/corpora/bundled/concordance?sentences=9&q=" + enc("روسيا"))
                        .statusCode())
                .isEqualTo(400);
    }
}
