package org.siyaq.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.SourceDocument;
import org.siyaq.corpus.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class CsvExportApiTest extends ApiTestSupport {

    /** A corpus whose document title is a spreadsheet formula, as a hostile upload could have. */
    private static final String HOSTILE = "hostile";

    private static final String FORMULA_TITLE = "=HYPERLINK(\"http://example.com\",\"x\")";

    @BeforeAll
    static void addHostileCorpus(@Autowired CorpusRegistry corpora) {
        if (corpora.find(HOSTILE).isEmpty()) {
            corpora.add(
                    CorpusRegistry.newCorpus(HOSTILE, "Hostile", null, Visibility.CLASS),
                    List.of(new SourceDocument(
                            "a.txt",
                            "كتب الطالب الدرس ثم كتب الطالب الواجب",
                            FORMULA_TITLE,
                            "-author",
                            null,
                            null,
                            null,
                            Map.of())),
                    p -> {});
        }
    }

    private static void assertCsvHeaders(HttpResponse<String> response, String fileName) {
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(
                "text/csv;charset=UTF-8",
                response.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
        String disposition =
                response.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment"), disposition);
        assertTrue(disposition.contains("filename=\"" + fileName + "\""), disposition);
    }

    /** The CSV has the JSON row's field names as header and as many rows as {@code expectedRows}. */
    private static void assertSameTable(HttpResponse<String> csv, JsonNode jsonRow, int expectedRows) {
        List<CSVRecord> records = csvRecords(csv);
        assertEquals(names(jsonRow), values(records.get(0)));
        assertEquals(expectedRows, records.size() - 1);
    }

    @Test
    void the_word_list_csv_has_every_row_not_just_one_page() {
        JsonNode page = json("/api/corpora/bundled/wordlist?limit=5");
        HttpResponse<String> csv = get("/api/corpora/bundled/wordlist?format=csv&limit=5&offset=3");
        assertCsvHeaders(csv, "bundled-wordlist.csv");
        assertTrue(page.get("total_rows").asInt() > 5);
        assertSameTable(csv, page.get("rows").get(0), page.get("total_rows").asInt());
        CSVRecord first = csvRecords(csv).get(1);
        assertEquals(page.get("rows").get(0).get("word").asString(), first.get(1));
        assertEquals(page.get("rows").get(0).get("freq").asInt(), Integer.parseInt(first.get(2)));
    }

    @Test
    void the_concordance_csv_has_every_line() {
        String q = enc(json("/api/corpora/bundled/wordlist?limit=1")
                .get("rows")
                .get(0)
                .get("word")
                .asString());
        JsonNode page = json("/api/corpora/bundled/concordance?limit=1&q=" + q);
        HttpResponse<String> csv = get("/api/corpora/bundled/concordance?format=csv&q=" + q);
        assertCsvHeaders(csv, "bundled-concordance.csv");
        assertSameTable(csv, page.get("lines").get(0), page.get("total").asInt());
    }

    @Test
    void the_distribution_csv_has_one_row_per_document() {
        String q = enc(json("/api/corpora/bundled/wordlist?limit=1")
                .get("rows")
                .get(0)
                .get("word")
                .asString());
        JsonNode json = json("/api/corpora/bundled/concordance/distribution?q=" + q);
        HttpResponse<String> csv = get("/api/corpora/bundled/concordance/distribution?format=csv&q=" + q);
        assertCsvHeaders(csv, "bundled-distribution.csv");
        assertSameTable(csv, json.get("rows").get(0), json.get("rows").size());
    }

    @Test
    void the_collocate_csv_has_every_row_with_the_same_filters() {
        String q = enc(json("/api/corpora/bundled/wordlist?limit=1")
                .get("rows")
                .get(0)
                .get("word")
                .asString());
        String params = "&left=3&right=2&minFreq=2&minCollocateFreq=3&q=" + q;
        JsonNode page = json("/api/corpora/bundled/collocates?limit=1" + params);
        HttpResponse<String> csv = get("/api/corpora/bundled/collocates?format=csv" + params);
        assertCsvHeaders(csv, "bundled-collocates.csv");
        assertSameTable(csv, page.get("rows").get(0), page.get("total_rows").asInt());
    }

    @Test
    void the_n_gram_csv_has_every_row() {
        JsonNode page = json("/api/corpora/bundled/ngrams?n=3&limit=1");
        HttpResponse<String> csv = get("/api/corpora/bundled/ngrams?n=3&format=csv");
        assertCsvHeaders(csv, "bundled-ngrams.csv");
        assertSameTable(csv, page.get("rows").get(0), page.get("total_rows").asInt());
    }

    @Test
    void a_document_title_that_is_a_formula_is_exported_as_text() {
        JsonNode line = json("/api/corpora/" + HOSTILE + "/concordance?q=" + enc("كتب"))
                .get("lines")
                .get(0);
        assertEquals(FORMULA_TITLE, line.get("doc_title").asString(), "JSON shows the title as it is");
        List<CSVRecord> records =
                csvRecords(get("/api/corpora/" + HOSTILE + "/concordance?format=csv&q=" + enc("كتب")));
        assertEquals(3, records.size());
        int title = values(records.get(0)).indexOf("doc_title");
        assertEquals("'" + FORMULA_TITLE, records.get(1).get(title));
        assertEquals("'" + FORMULA_TITLE, records.get(2).get(title));
    }

    @Test
    void no_text_cell_of_an_export_begins_like_a_formula_while_numbers_stay_numbers() {
        String q = enc(json("/api/corpora/bundled/wordlist?limit=1")
                .get("rows")
                .get(0)
                .get("word")
                .asString());
        List<CSVRecord> records =
                csvRecords(get("/api/corpora/bundled/collocates?format=csv&minFreq=1&minCollocateFreq=1&q=" + q));
        int deltaP = values(records.get(0)).indexOf("delta_p");
        boolean negativeNumberSeen = false;
        for (CSVRecord record : records.subList(1, records.size())) {
            assertTrue(
                    !record.get(0).isEmpty() && "=+-@\t\r".indexOf(record.get(0).charAt(0)) < 0, record.get(0));
            double value = Double.parseDouble(record.get(deltaP));
            negativeNumberSeen |= value < 0;
        }
        assertTrue(
                negativeNumberSeen,
                "with minimum frequencies of 1 some collocate is rarer near the node than elsewhere");
    }
}
