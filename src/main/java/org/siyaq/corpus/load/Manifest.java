package org.siyaq.corpus.load;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.siyaq.corpus.SourceDocument;

/**
 * A {@code manifest.csv}: one row of metadata per file, keyed by its column {@code file} (the file's path beside the
 * manifest), then title, author, date, source, genre and any further column. A server folder has one beside its
 * files; a zip may carry one at any level, as the corpus download writes it, and it is read the same way.
 */
final class Manifest {

    static final String FILE_NAME = "manifest.csv";

    private static final List<String> NAMED = List.of("file", "title", "author", "date", "source", "genre");

    private Manifest() {}

    /** Whether {@code file} is named like a manifest, at whatever depth of an archive. */
    static boolean isNamedLikeOne(UploadedFile file) {
        String base = file.name().substring(file.name().lastIndexOf('/') + 1);
        return base.equalsIgnoreCase(FILE_NAME);
    }

    /**
     * The rows of {@code file} by file name, or null when it is not a manifest but a table of texts: a manifest has a
     * column {@code file} and none named {@code text}.
     */
    static Map<String, Map<String, String>> rowsOf(UploadedFile file) {
        try (CSVParser parser = format().parse(new StringReader(new String(file.bytes(), StandardCharsets.UTF_8)))) {
            List<String> names = parser.getHeaderNames().stream()
                    .map(h -> h.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT))
                    .toList();
            return names.contains("file") && !names.contains("text") ? rows(parser) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The rows of a manifest by their {@code file} cell; cells written defused by the download are restored. */
    static Map<String, Map<String, String>> read(Reader in) throws IOException {
        try (CSVParser parser = format().parse(in)) {
            return rows(parser);
        }
    }

    private static Map<String, Map<String, String>> rows(CSVParser parser) {
        Map<String, Map<String, String>> rows = new HashMap<>();
        for (CSVRecord row : parser) {
            Map<String, String> values = new LinkedHashMap<>();
            row.toMap().forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    values.put(CorpusArchive.restore(k.strip().replace("\uFEFF", "")), CorpusArchive.restore(v));
                }
            });
            String name = cell(values, "file", null);
            if (name != null) {
                rows.put(name, values);
            }
        }
        return rows;
    }

    /** {@code doc} with the metadata of its manifest row; the row's cells win over what the file itself said. */
    static SourceDocument withMetadata(SourceDocument doc, Map<String, String> row) {
        if (row == null) {
            return doc;
        }
        Map<String, String> extra = new LinkedHashMap<>(doc.extra());
        row.forEach((key, value) -> {
            if (!NAMED.contains(key.toLowerCase(Locale.ROOT))) {
                extra.put(key, value);
            }
        });
        return new SourceDocument(
                doc.fileName(),
                doc.text(),
                cell(row, "title", doc.title()),
                cell(row, "author", doc.author()),
                cell(row, "date", doc.date()),
                cell(row, "source", doc.source()),
                cell(row, "genre", doc.genre()),
                extra);
    }

    private static String cell(Map<String, String> row, String key, String fallback) {
        for (Map.Entry<String, String> e : row.entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)
                    && e.getValue() != null
                    && !e.getValue().isBlank()) {
                return e.getValue().strip();
            }
        }
        return fallback;
    }

    private static CSVFormat format() {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get();
    }
}
