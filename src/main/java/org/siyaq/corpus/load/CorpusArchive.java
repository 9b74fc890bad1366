package org.siyaq.corpus.load;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.siyaq.corpus.DocumentInfo;
import org.siyaq.corpus.LoadedCorpus;

/**
 * Writes a corpus back out as a zip: each document's text as a UTF-8 {@code .txt} file and a
 * {@code manifest.csv} with its metadata, the same layout a corpus folder on the server is read from.
 */
public final class CorpusArchive {

    private CorpusArchive() {}

    public static void write(LoadedCorpus corpus, OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        Set<String> extraKeys = new LinkedHashSet<>();
        corpus.documents().forEach(d -> extraKeys.addAll(d.extra().keySet()));
        List<String> header = new ArrayList<>(List.of("file", "title", "author", "date", "source", "genre"));
        header.addAll(extraKeys);
        Set<String> used = new HashSet<>();
        List<List<String>> rows = new ArrayList<>();
        for (DocumentInfo doc : corpus.documents()) {
            String file = uniqueName(doc, used);
            zip.putNextEntry(new ZipEntry(file));
            zip.write(corpus.text(doc.id()).text().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            List<String> row = new ArrayList<>(List.of(
                    file, nz(doc.title()), nz(doc.author()), nz(doc.date()), nz(doc.source()), nz(doc.genre())));
            extraKeys.forEach(k -> row.add(nz(doc.extra().get(k))));
            rows.add(row);
        }
        zip.putNextEntry(new ZipEntry(CorpusFolders.MANIFEST));
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(header.stream().map(CorpusArchive::defuse).toList());
        for (List<String> row : rows) {
            csv.printRecord(row.stream().map(CorpusArchive::defuse).toList());
        }
        csv.flush();
        zip.closeEntry();
        zip.finish();
    }

    /** A flat, safe file name ending in .txt, made unique with the document number when needed. */
    private static String uniqueName(DocumentInfo doc, Set<String> used) {
        String base = doc.fileName() == null ? "" : doc.fileName();
        base = base.substring(base.replace('\\', '/').lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}:*?\"<>|#]", "_");
        if (base.isBlank() || base.startsWith(".")) {
            base = "document-" + doc.id();
        }
        String name = base.toLowerCase(java.util.Locale.ROOT).endsWith(".txt") ? base : base + ".txt";
        if (!used.add(name)) {
            name = doc.id() + "-" + name;
            used.add(name);
        }
        return name;
    }

    private static final char FORMULA_GUARD = '\'';
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /**
     * A manifest cell as it is written: one beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab
     * or a carriage return gets a leading single quote, so a spreadsheet shows it as text instead of running
     * it as a formula (OWASP, "CSV Injection"; the same rule as the table CSVs of {@code export.CsvTableWriter},
     * which this package cannot use: export depends on corpus). Issue 11, item 7.
     */
    static String defuse(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? FORMULA_GUARD + text : text;
    }

    /** A manifest cell as it was before {@link #defuse}, so a downloaded corpus loads back with its own titles. */
    static String restore(String cell) {
        return cell.length() > 1 && cell.charAt(0) == FORMULA_GUARD && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1)
                : cell;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
