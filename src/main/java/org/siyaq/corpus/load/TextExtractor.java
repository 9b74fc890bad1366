package org.siyaq.corpus.load;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.siyaq.corpus.SourceDocument;
import org.xml.sax.SAXException;

/**
 * Turns one (non-archive) file into documents: plain text through {@link TextDecoder}, office, PDF and
 * HTML files through Apache Tika's parsers, and CSV/TSV files with a {@code text} column into one
 * document per row. Tika's detector first checks that the content is what the extension says.
 */
final class TextExtractor {

    static final Set<String> EXTENSIONS = Set.of("txt", "docx", "odt", "pdf", "html", "htm", "csv", "tsv");

    /** Text longer than this (in characters) from one file is refused: about 100 MB of UTF-16 in memory. */
    private static final int MAX_CHARACTERS = 50_000_000;

    private static final Map<String, Set<String>> EXPECTED_TYPES = Map.of(
            "docx", Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            "odt", Set.of("application/vnd.oasis.opendocument.text"),
            "pdf", Set.of("application/pdf"),
            "html", Set.of("text/html", "application/xhtml+xml"),
            "htm", Set.of("text/html", "application/xhtml+xml"));

    /** Columns of a CSV/TSV file that fill the named fields of a document; others become extra metadata. */
    private static final Set<String> NAMED_COLUMNS =
            Set.of("text", "title", "author", "date", "source", "genre", "file");

    private final AutoDetectParser tika = new AutoDetectParser();

    List<SourceDocument> extract(UploadedFile file) throws UnreadableFileException {
        String extension = file.extension();
        if (!EXTENSIONS.contains(extension)) {
            throw extension.isEmpty()
                    ? new UnreadableFileException(UploadProblem.NO_EXTENSION)
                    : new UnreadableFileException(UploadProblem.UNSUPPORTED_TYPE, extension);
        }
        if (file.bytes().length == 0) {
            throw new UnreadableFileException(UploadProblem.EMPTY_FILE);
        }
        MediaType detected = detect(file.bytes());
        return switch (extension) {
            case "txt" -> List.of(document(file.name(), plainText(file, detected)));
            case "csv", "tsv" -> rows(file, plainText(file, detected), extension.equals("tsv") ? '\t' : ',');
            default -> List.of(document(file.name(), parsed(file, extension, detected)));
        };
    }

    private String plainText(UploadedFile file, MediaType detected) throws UnreadableFileException {
        if (!detected.getType().equals("text") && !detected.equals(MediaType.OCTET_STREAM)) {
            throw new UnreadableFileException(UploadProblem.NOT_PLAIN_TEXT, detected.getBaseType(), file.extension());
        }
        return nonBlank(TextDecoder.decode(file.bytes()));
    }

    private String parsed(UploadedFile file, String extension, MediaType detected) throws UnreadableFileException {
        if (!EXPECTED_TYPES.get(extension).contains(detected.getBaseType().toString())) {
            throw new UnreadableFileException(UploadProblem.WRONG_CONTENT, detected.getBaseType(), extension);
        }
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARACTERS);
        try (TikaInputStream in = TikaInputStream.get(file.bytes())) {
            tika.parse(in, handler, new Metadata(), new ParseContext());
        } catch (SAXException e) {
            throw new UnreadableFileException(UploadProblem.TOO_MUCH_TEXT, MAX_CHARACTERS);
        } catch (IOException | TikaException | RuntimeException e) {
            throw new UnreadableFileException(UploadProblem.PARSE_FAILED, extension, shortMessage(e));
        }
        String text = handler.toString();
        if (text.isBlank() && extension.equals("pdf")) {
            throw new UnreadableFileException(UploadProblem.PDF_WITHOUT_TEXT);
        }
        TextDecoder.checkIsText(text);
        return nonBlank(text.strip());
    }

    private List<SourceDocument> rows(UploadedFile file, String text, char delimiter) throws UnreadableFileException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<SourceDocument> documents = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<String, String> columns = new LinkedHashMap<>();
            parser.getHeaderNames().forEach(h -> columns.put(h.strip().toLowerCase(Locale.ROOT), h));
            String textColumn = columns.get("text");
            if (textColumn == null) {
                throw new UnreadableFileException(UploadProblem.NO_TEXT_COLUMN, parser.getHeaderNames());
            }
            for (CSVRecord row : parser) {
                String body = row.isMapped(textColumn) ? row.get(textColumn) : "";
                if (body == null || body.isBlank()) {
                    continue;
                }
                Map<String, String> extra = new LinkedHashMap<>();
                columns.forEach((key, header) -> {
                    if (!NAMED_COLUMNS.contains(key)
                            && row.isMapped(header)
                            && !row.get(header).isBlank()) {
                        extra.put(header, row.get(header));
                    }
                });
                documents.add(new SourceDocument(
                        file.name() + "#" + row.getRecordNumber(),
                        body,
                        cell(row, columns, "title"),
                        cell(row, columns, "author"),
                        cell(row, columns, "date"),
                        cell(row, columns, "source"),
                        cell(row, columns, "genre"),
                        extra));
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(UploadProblem.BAD_TABLE, shortMessage(e));
        }
        if (documents.isEmpty()) {
            throw new UnreadableFileException(UploadProblem.NO_TEXT_ROWS);
        }
        return documents;
    }

    private MediaType detect(byte[] bytes) throws UnreadableFileException {
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return tika.getDetector().detect(in, new Metadata());
        } catch (IOException e) {
            throw new UnreadableFileException(UploadProblem.UNREADABLE, shortMessage(e));
        }
    }

    private static String cell(CSVRecord row, Map<String, String> columns, String key) {
        String header = columns.get(key);
        if (header == null || !row.isMapped(header)) {
            return null;
        }
        String value = row.get(header);
        return value == null || value.isBlank() ? null : value;
    }

    private static SourceDocument document(String name, String text) {
        return new SourceDocument(name, text, null, null, null, null, null, null);
    }

    private static String nonBlank(String text) throws UnreadableFileException {
        if (text.isBlank()) {
            throw new UnreadableFileException(UploadProblem.NO_TEXT);
        }
        return text;
    }

    private static String shortMessage(Exception e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
