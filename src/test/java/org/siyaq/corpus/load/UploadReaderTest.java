package org.siyaq.corpus.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siyaq.corpus.SourceDocument;
import org.springframework.util.unit.DataSize;

class UploadReaderTest {

    private static final byte[] TEXT = "نص عربي قصير".getBytes(StandardCharsets.UTF_8);

    private static UploadLimits limits(int files, int entries, long bytes, int depth) {
        return new UploadLimits(files, entries, DataSize.ofBytes(bytes), depth);
    }

    private static Extraction read(UploadLimits limits, UploadedFile... files) {
        return new UploadReader(limits).read(List.of(files));
    }

    @Test
    void bad_files_are_reported_by_name_and_the_rest_is_read() {
        Extraction e = read(
                UploadLimits.defaults(),
                new UploadedFile("good.txt", TEXT),
                new UploadedFile("empty.txt", new byte[0]),
                new UploadedFile("image.txt", new byte[] {0, 1, 2, 3, 0}),
                new UploadedFile("paper.pdf", TEXT));
        assertThat(e.documents()).extracting(SourceDocument::fileName).containsExactly("good.txt");
        assertThat(e.rejected()).extracting(Rejection::file).containsExactly("empty.txt", "image.txt", "paper.pdf");
        assertThat(e.rejected()).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
    }

    @Test
    void archive_entries_are_read_with_their_path_and_system_files_are_ignored() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("folder/", new byte[0]);
        entries.put("folder/a.txt", TEXT);
        entries.put("b.docx", Fixtures.docx("نص"));
        entries.put("__MACOSX/folder/._a.txt", new byte[] {0, 5, 22});
        Extraction e = read(UploadLimits.defaults(), new UploadedFile("set.zip", Fixtures.zip(entries)));
        assertThat(e.documents())
                .extracting(SourceDocument::fileName)
                .containsExactly("set.zip/folder/a.txt", "set.zip/b.docx");
        assertThat(e.rejected()).isEmpty();
    }

    @Test
    void a_manifest_in_an_archive_gives_the_files_beside_it_their_metadata_and_is_not_a_document() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.txt", TEXT);
        entries.put("sub/b.txt", TEXT);
        entries.put("c.txt", TEXT);
        entries.put(
                "manifest.csv",
                "\uFEFFfile,title,genre,region\na.txt,First,news,East\nsub/b.txt,Second,,West\n"
                        .getBytes(StandardCharsets.UTF_8));
        Extraction e = read(UploadLimits.defaults(), new UploadedFile("set.zip", Fixtures.zip(entries)));
        assertThat(e.rejected()).isEmpty();
        assertThat(e.documents())
                .extracting(SourceDocument::fileName)
                .containsExactly("set.zip/a.txt", "set.zip/sub/b.txt", "set.zip/c.txt");
        assertThat(e.documents()).extracting(SourceDocument::title).containsExactly("First", "Second", null);
        assertThat(e.documents().get(0).genre()).isEqualTo("news");
        assertThat(e.documents().get(0).extra()).containsEntry("region", "East");
        assertThat(e.documents().get(1).extra()).containsEntry("region", "West");
        assertThat(e.documents().get(2).extra()).isEmpty();
    }

    @Test
    void a_table_of_texts_named_manifest_is_still_read_as_texts() {
        byte[] table = "title,text\nOne,نص عربي\n".getBytes(StandardCharsets.UTF_8);
        Extraction e = read(UploadLimits.defaults(), new UploadedFile("manifest.csv", table));
        assertThat(e.documents()).extracting(SourceDocument::title).containsExactly("One");
    }

    @Test
    void entries_that_climb_out_of_the_archive_are_skipped_and_named() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("../../etc/evil.txt", TEXT);
        entries.put("/abs.txt", TEXT);
        entries.put("C:\\win.txt", TEXT);
        entries.put("ok/../../up.txt", TEXT);
        entries.put("fine.txt", TEXT);
        Extraction e = read(UploadLimits.defaults(), new UploadedFile("slip.zip", Fixtures.zip(entries)));
        assertThat(e.documents()).extracting(SourceDocument::fileName).containsExactly("slip.zip/fine.txt");
        assertThat(e.rejected())
                .extracting(Rejection::file)
                .containsExactly(
                        "slip.zip/../../etc/evil.txt",
                        "slip.zip//abs.txt",
                        "slip.zip/C:\\win.txt",
                        "slip.zip/ok/../../up.txt");
        assertThat(e.rejected()).allSatisfy(r -> assertThat(r.reason()).contains("unsafe path"));
    }

    @Test
    void an_archive_with_more_entries_than_the_limit_refuses_the_upload() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            entries.put("f" + i + ".txt", TEXT);
        }
        assertThatThrownBy(() -> read(limits(100, 10, 1 << 20, 2), new UploadedFile("many.zip", Fixtures.zip(entries))))
                .isInstanceOf(UploadLimitException.class)
                .hasMessageContaining("more than 10 entries");
    }

    @Test
    void an_archive_that_decompresses_past_the_limit_refuses_the_upload() {
        // 2 MB of one repeated letter deflates to a few kB: a small zip bomb
        byte[] big = "ا".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
        byte[] bomb = Fixtures.zip(Map.of("big.txt", big));
        assertThat(bomb.length).isLessThan(64 * 1024);
        assertThatThrownBy(() -> read(limits(100, 100, 1 << 20, 2), new UploadedFile("bomb.zip", bomb)))
                .isInstanceOf(UploadLimitException.class)
                .hasMessageContaining("decompress to more than");
    }

    @Test
    void archives_nested_deeper_than_the_limit_refuse_the_upload() {
        byte[] inner = Fixtures.zip(Map.of("a.txt", TEXT));
        byte[] middle = Fixtures.zip(Map.of("inner.zip", inner));
        byte[] outer = Fixtures.zip(Map.of("middle.zip", middle));
        assertThat(read(limits(100, 100, 1 << 20, 2), new UploadedFile("middle.zip", middle))
                        .documents())
                .hasSize(1);
        assertThatThrownBy(() -> read(limits(100, 100, 1 << 20, 2), new UploadedFile("outer.zip", outer)))
                .isInstanceOf(UploadLimitException.class)
                .hasMessageContaining("nested 3 deep");
    }

    @Test
    void more_files_than_the_limit_counting_archive_entries_refuse_the_upload() {
        byte[] three = Fixtures.zip(Map.of("a.txt", TEXT, "b.txt", TEXT, "c.txt", TEXT));
        assertThatThrownBy(() -> read(
                        limits(3, 100, 1 << 20, 2),
                        new UploadedFile("x.txt", TEXT),
                        new UploadedFile("three.zip", three)))
                .isInstanceOf(UploadLimitException.class)
                .hasMessageContaining("more than 3 files");
        assertThatThrownBy(() -> read(
                        limits(1, 100, 1 << 20, 2), new UploadedFile("x.txt", TEXT), new UploadedFile("y.txt", TEXT)))
                .isInstanceOf(UploadLimitException.class)
                .hasMessageContaining("2 files");
    }

    @Test
    void a_broken_zip_is_reported_by_name() {
        Extraction e =
                read(UploadLimits.defaults(), new UploadedFile("broken.zip", TEXT), new UploadedFile("ok.txt", TEXT));
        assertThat(e.rejected())
                .singleElement()
                .satisfies(r -> assertThat(r.file()).isEqualTo("broken.zip"));
        assertThat(e.documents()).hasSize(1);
    }
}
