package org.siyaq.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * The bundled corpus: the articles in {@code seeds/} with the title, source and date of each from
 * {@code seeds/manifest.csv}. Read from {@code ./seeds} when the working directory has one (a
 * checkout), otherwise from the classpath (the packaged jar, from any directory).
 */
@Component
public class SeedCorpus {

    static final String MANIFEST = "manifest.csv";

    private final Path directory = Path.of("seeds");

    public CorpusInfo info() {
        return new CorpusInfo(
                CorpusRegistry.BUNDLED_ID,
                "Arabic news: Russia–US talks",
                "Five Arabic news articles (2021–2025) on talks between Russia and the United States, "
                        + "from RT Arabic, Al-Amsar and Al-Thawra Net, as published with their page furniture.",
                "Modern Standard Arabic, news prose",
                "Articles as published on the sites named in each document's source",
                Visibility.CLASS,
                CorpusStatus.INDEXING,
                0,
                0,
                0,
                Instant.EPOCH);
    }

    public List<SourceDocument> documents() {
        List<SourceDocument> docs = new ArrayList<>();
        try (Reader manifest = new InputStreamReader(open(MANIFEST), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(manifest)) {
                String file = row.get("file");
                String text;
                try (InputStream in = open(file)) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                docs.add(new SourceDocument(
                        file,
                        text,
                        blankToNull(row.get("title")),
                        null,
                        blankToNull(row.get("date")),
                        blankToNull(row.get("source")),
                        "news",
                        null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled corpus in seeds/", e);
        }
        return docs;
    }

    private InputStream open(String name) throws IOException {
        Path file = directory.resolve(name);
        if (Files.isRegularFile(directory.resolve(MANIFEST))) {
            return Files.newInputStream(file);
        }
        InputStream in = SeedCorpus.class.getResourceAsStream("/seeds/" + name);
        if (in == null) {
            throw new IOException("seeds/" + name + " is neither in the working directory nor on the classpath");
        }
        return in;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
