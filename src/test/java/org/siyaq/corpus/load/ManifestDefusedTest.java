package org.siyaq.corpus.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.corpus.CorpusInfo;
import org.siyaq.corpus.CorpusStatus;
import org.siyaq.corpus.DocumentInfo;
import org.siyaq.corpus.DocumentText;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.corpus.Visibility;
import org.siyaq.index.IndexBuilder;

/**
 * Issue 11, item 7: {@code manifest.csv} in a corpus download carries titles and metadata typed by
 * whoever made the corpus; a cell that a spreadsheet would run as a formula gets a leading quote, as in
 * the table CSVs. Before the fix {@code =HYPERLINK(…)} went out raw. Reading the manifest back (a
 * corpus folder) takes the quote off again, so a downloaded corpus loads with its own titles.
 */
class ManifestDefusedTest {

    private static final String FORMULA = "=HYPERLINK(\"http://example.com\",\"click\")";

    @Test
    void formula_cells_in_the_manifest_are_written_as_text() throws IOException {
        String text = "قال الوزير";
        DocumentInfo doc = new DocumentInfo(
                0,
                "a.txt",
                FORMULA,
                "@author",
                null,
                "-source",
                "genre",
                Map.of("+region", "=1+1"),
                2,
                0,
                text.length());
        IndexBuilder builder = new IndexBuilder(new ArabicAnalysis());
        builder.addDocument(new ArabicAnalysis().tokenize(text));
        LoadedCorpus corpus = new LoadedCorpus(
                new CorpusInfo(
                        "c",
                        "c",
                        null,
                        null,
                        null,
                        Visibility.CLASS,
                        CorpusStatus.READY,
                        1,
                        2,
                        ArabicAnalysis.VERSION,
                        Instant.EPOCH),
                builder.build(),
                List.of(doc),
                id -> new DocumentText(text, new int[] {0, 4}, new int[] {3, 10}));

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        CorpusArchive.write(corpus, zip);
        List<CSVRecord> manifest = manifest(zip.toByteArray());

        assertThat(manifest.get(0).toList())
                .containsExactly("file", "title", "author", "date", "source", "genre", "'+region");
        assertThat(manifest.get(1).toList())
                .containsExactly("a.txt", "'" + FORMULA, "'@author", "", "'-source", "genre", "'=1+1");
        assertThat(CorpusArchive.restore("'" + FORMULA)).isEqualTo(FORMULA);
        assertThat(CorpusArchive.restore("'quoted on purpose"))
                .as("only the guard is taken off")
                .isEqualTo("'quoted on purpose");
    }

    private static List<CSVRecord> manifest(byte[] zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(CorpusFolders.MANIFEST)) {
                    String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
                }
            }
        }
        throw new AssertionError("no manifest in the zip");
    }
}
