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

    private CorpusArchive() {
    }

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
            List<String> row = new ArrayList<>(List.of(file, nz(doc.title()), nz(doc.author()), nz(doc.date()),
                    nz(doc.source()), nz(doc.genre())));
            extraKeys.forEach(k -> row.add(nz(doc.extra().get(k))));
            rows.add(row);
        }
        zip.putNextEntry(new ZipEntry(CorpusFolders.MANIFEST));
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(header);
        csv.printRecords(rows);
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

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
