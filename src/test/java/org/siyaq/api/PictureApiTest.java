package org.siyaq.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The numbers behind the pictures: the dispersion plot and hits by metadata, as JSON and CSV. */
class PictureApiTest extends ApiTestSupport {

    private static final String Q = enc("روسيا");

    @Test
    void the_dispersion_rows_add_up_to_the_concordance_and_their_positions_to_their_hits() {
        JsonNode plot = json("/api/corpora/bundled/concordance/dispersion?limit=1000&q=" + Q);
        JsonNode concordance = json("/api/corpora/bundled/concordance?limit=1&q=" + Q);
        assertEquals(
                List.of("hits", "documents_with_hits", "documents", "dp", "dp_norm", "total_rows", "offset", "rows"),
                names(plot));
        assertEquals(concordance.get("total").asInt(), plot.get("hits").asInt());
        assertEquals(
                concordance.get("documents").asInt(),
                plot.get("documents_with_hits").asInt());
        int hits = 0;
        for (JsonNode row : plot.get("rows")) {
            assertEquals(List.of("doc_id", "doc_title", "tokens", "hits", "dp", "positions"), names(row));
            String[] positions = row.get("positions").asString().split(" ");
            assertEquals(row.get("hits").asInt(), positions.length);
            assertTrue(Integer.parseInt(positions[positions.length - 1])
                    < row.get("tokens").asInt());
            hits += row.get("hits").asInt();
        }
        assertEquals(plot.get("hits").asInt(), hits);

        HttpResponse<String> csv = get("/api/corpora/bundled/concordance/dispersion?format=csv&q=" + Q);
        List<CSVRecord> records = csvRecords(csv);
        assertEquals(plot.get("rows").size() + 1, records.size());
        assertEquals(
                plot.get("rows").get(0).get("positions").asString(),
                records.get(1).get(5));
    }

    @Test
    void hits_by_source_add_up_to_the_concordance_total_and_the_csv_has_the_same_rows() {
        JsonNode bySource = json("/api/corpora/bundled/concordance/by-metadata?field=source&q=" + Q);
        assertEquals("source", bySource.get("field").asString());
        int hits = 0;
        int documents = 0;
        for (JsonNode row : bySource.get("rows")) {
            assertEquals(List.of("value", "documents", "tokens", "hits", "per_million"), names(row));
            hits += row.get("hits").asInt();
            documents += row.get("documents").asInt();
        }
        assertEquals(
                json("/api/corpora/bundled/concordance?limit=1&q=" + Q)
                        .get("total")
                        .asInt(),
                hits);
        assertEquals(json("/api/corpora/bundled").get("documents").asInt(), documents);
        List<CSVRecord> records =
                csvRecords(get("/api/corpora/bundled/concordance/by-metadata?format=csv&field=source&q=" + Q));
        assertEquals(bySource.get("rows").size() + 1, records.size());
    }

    @Test
    void an_unknown_field_or_granularity_is_a_bad_request() {
        assertEquals(
                400,
                get("/api/corpora/bundled/concordance/by-metadata?field=colour&q=" + Q)
                        .statusCode());
        assertEquals(
                400,
                get("/api/corpora/bundled/concordance/by-metadata?granularity=week&q=" + Q)
                        .statusCode());
    }
}
