package org.siyaq.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip of the files an instructor brings, made by the test: plain text in UTF-8 and in Windows-1256,
 * HTML pages, CSV tables with a {@code text} column (one document per row), an empty file and a binary
 * file. Every readable document holds {@link #MARKER} one to three times, so the expected concordance
 * is known exactly; the texts around it are random words from a small vocabulary.
 */
final class MixedUpload {

    /** A word no other word of the vocabulary turns into at any level. */
    static final String MARKER = "الزيتون";

    private static final List<String> VOCABULARY = List.of(
            "المدينة",
            "كتب",
            "الطالب",
            "درسا",
            "جديدا",
            "في",
            "الصباح",
            "وقال",
            "المعلم",
            "إن",
            "اللغة",
            "العربية",
            "جميلة",
            "واسعة",
            "الشمس",
            "تشرق",
            "على",
            "الجبال",
            "والبحر",
            "هادئ",
            "سافر",
            "الرجل",
            "إلى",
            "بلد",
            "بعيد",
            "وعاد",
            "بعد",
            "سنة",
            "كاملة",
            "مع",
            "أصدقائه",
            "الكثيرين");
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final int UTF8_FILES = 40;
    private static final int WINDOWS_1256_FILES = 30;
    private static final int HTML_FILES = 20;
    private static final int CSV_FILES = 10;
    private static final int ROWS_PER_CSV = 3;

    /** The names (inside the zip) of the two files that must be skipped. */
    static final String EMPTY_FILE = "bad/empty.txt";

    static final String BINARY_FILE = "bad/binary.txt";

    private final Random random = new Random(20_240_601);
    private int documents;
    private int markers;
    private int files;

    /** What the zip holds: files in it, documents to be indexed (each with the marker), and the occurrences of {@link #MARKER}. */
    record Contents(Path zip, int files, int documents, int markers) {}

    static Contents write(Path zip) throws IOException {
        return new MixedUpload().writeTo(zip);
    }

    private Contents writeTo(Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream archive = new ZipOutputStream(out)) {
            for (int i = 0; i < UTF8_FILES; i++) {
                add(archive, "utf8/article-" + i + ".txt", document().getBytes(StandardCharsets.UTF_8));
            }
            for (int i = 0; i < WINDOWS_1256_FILES; i++) {
                add(archive, "windows-1256/article-" + i + ".txt", document().getBytes(WINDOWS_1256));
            }
            for (int i = 0; i < HTML_FILES; i++) {
                String html =
                        "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>صفحة " + i
                                + "</title></head>\n<body><h1>مقال</h1><p>" + document() + "</p></body></html>\n";
                add(archive, "html/page-" + i + ".html", html.getBytes(StandardCharsets.UTF_8));
            }
            for (int i = 0; i < CSV_FILES; i++) {
                StringBuilder csv = new StringBuilder("title,text,region\r\n");
                for (int row = 0; row < ROWS_PER_CSV; row++) {
                    csv.append("\"row ")
                            .append(row)
                            .append("\",\"")
                            .append(document())
                            .append("\",east\r\n");
                }
                add(archive, "tables/table-" + i + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8));
            }
            add(archive, EMPTY_FILE, new byte[0]);
            byte[] binary = new byte[4096];
            random.nextBytes(binary);
            binary[0] = 0;
            add(archive, BINARY_FILE, binary);
        }
        return new Contents(zip, files, documents, markers);
    }

    /** One document's text: a few sentences of random words with the marker one to three times. */
    private String document() {
        int count = 1 + random.nextInt(3);
        StringJoiner words = new StringJoiner(" ");
        for (int sentence = 0; sentence < 8; sentence++) {
            for (int w = 0; w < 12; w++) {
                words.add(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
            }
            if (sentence < count) {
                words.add(MARKER);
            }
            words.add(".");
        }
        documents++;
        markers += count;
        return words.toString().replace(" .", ".");
    }

    private void add(ZipOutputStream archive, String name, byte[] bytes) throws IOException {
        archive.putNextEntry(new ZipEntry(name));
        archive.write(bytes);
        archive.closeEntry();
        files++;
    }
}
