package org.siyaq.api;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.siyaq.export.CsvTableWriter;
import org.siyaq.export.TableColumns;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A CSV download streamed row by row from a service. Callers check the request first (by asking for one
 * page), because once streaming has begun an error can no longer become a 4xx answer.
 */
final class CsvResponses {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private CsvResponses() {}

    /** {@code source} passes every row of the table to the consumer it is given, in order. */
    static <R> ResponseEntity<StreamingResponseBody> stream(
            String corpusId, String tool, TableColumns<R> columns, Consumer<Consumer<R>> source) {
        StreamingResponseBody body = out -> {
            CsvTableWriter<R> writer = new CsvTableWriter<>(out, columns);
            source.accept(writer::write);
            writer.flush();
        };
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(ApiParams.csvFileName(corpusId, tool))
                .build();
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(body);
    }
}
