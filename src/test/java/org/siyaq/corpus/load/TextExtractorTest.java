package org.siyaq.corpus.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siyaq.corpus.SourceDocument;

class TextExtractorTest {

    /** "The talks between Russia and America continue" — every letter outside ASCII, so the encoding matters. */
    private static final String ARABIC = "المحادثات بين روسيا وأمريكا مستمرة في العاصمة اليوم.";

    private final TextExtractor extractor = new TextExtractor();

    private String text(String name, byte[] bytes) throws UnreadableFileException {
        List<SourceDocument> docs = extractor.extract(new UploadedFile(name, bytes));
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).fileName()).isEqualTo(name);
        return docs.get(0).text();
    }

    private String reason(String name, byte[] bytes) {
        try {
            extractor.extract(new UploadedFile(name, bytes));
        } catch (UnreadableFileException e) {
            return e.getMessage();
        }
        throw new AssertionError(name + " was read, but should have been refused");
    }

    @Test
    void utf8_text_is_read_as_is() throws Exception {
        assertThat(text("a.txt", ARABIC.getBytes(StandardCharsets.UTF_8))).isEqualTo(ARABIC);
    }

    @Test
    void utf16_with_a_byte_order_mark_is_read_in_either_byte_order() throws Exception {
        byte[] le = ("\uFEFF" + ARABIC).getBytes(StandardCharsets.UTF_16LE);
        byte[] be = ("\uFEFF" + ARABIC).getBytes(StandardCharsets.UTF_16BE);
        assertThat(text("le.txt", le)).isEqualTo(ARABIC);
        assertThat(text("be.txt", be)).isEqualTo(ARABIC);
    }

    @Test
    void windows_1256_is_detected_and_decoded() throws Exception {
        String longer = (ARABIC + " ").repeat(3) + "وقال الوزير إن الجانبين اتفقا على مواصلة الحوار.";
        assertThat(text("old.txt", longer.getBytes(Charset.forName("windows-1256"))))
                .isEqualTo(longer);
    }

    @Test
    void a_text_in_an_encoding_for_another_script_is_refused_not_garbled() {
        // Russian in KOI8-R: decodable as Windows-1256 byte for byte, but the detector says what it is
        String russian = "Переговоры между Россией и Америкой продолжаются в столице сегодня. ".repeat(3);
        assertThat(reason("ru.txt", russian.getBytes(Charset.forName("KOI8-R"))))
                .contains("encoding that cannot be read");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(reason("empty.txt", new byte[0])).contains("empty");
    }

    @Test
    void a_file_of_blanks_is_refused() {
        assertThat(reason("blank.txt", " \n\t ".getBytes(StandardCharsets.UTF_8)))
                .contains("no text");
    }

    @Test
    void binary_content_named_txt_is_refused() {
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        assertThat(reason("data.txt", binary)).contains("binary");
    }

    @Test
    void a_pdf_named_txt_and_a_text_named_pdf_are_refused_for_not_matching() {
        assertThat(reason("paper.txt", Fixtures.pdf("Hello"))).contains("application/pdf");
        assertThat(reason("fake.pdf", ARABIC.getBytes(StandardCharsets.UTF_8))).contains("not what .pdf says");
        assertThat(reason("fake.docx", ARABIC.getBytes(StandardCharsets.UTF_8))).contains("not what .docx says");
    }

    @Test
    void a_word_document_gives_its_text() throws Exception {
        assertThat(text("a.docx", Fixtures.docx(ARABIC))).isEqualTo(ARABIC);
    }

    @Test
    void an_opendocument_text_gives_its_text() throws Exception {
        assertThat(text("a.odt", Fixtures.odt(ARABIC))).isEqualTo(ARABIC);
    }

    @Test
    void a_pdf_with_a_text_layer_gives_its_text() throws Exception {
        assertThat(text("a.pdf", Fixtures.pdf("Talks continue in Moscow"))).contains("Talks continue in Moscow");
    }

    @Test
    void html_gives_the_text_of_its_body_without_scripts() throws Exception {
        String html = "<html><head><title>t</title><script>var hidden = 1;</script></head><body><p>" + ARABIC
                + "</p></body></html>";
        String text = text("a.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(text).contains(ARABIC).doesNotContain("hidden");
    }

    @Test
    void each_row_of_a_csv_with_a_text_column_is_a_document_with_its_metadata() throws Exception {
        String csv = "title,text,region\nأول,\"" + ARABIC + "\",الشرق\nثان,نص ثان,\n,,\n";
        List<SourceDocument> docs = extractor.extract(new UploadedFile("t.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(docs).extracting(SourceDocument::text).containsExactly(ARABIC, "نص ثان");
        assertThat(docs.get(0).title()).isEqualTo("أول");
        assertThat(docs.get(0).extra()).containsEntry("region", "الشرق");
        assertThat(docs.get(1).extra()).isEmpty();
    }

    @Test
    void a_tsv_is_split_on_tabs() throws Exception {
        String tsv = "text\tauthor\nنص, بفاصلة\tكاتب\n";
        List<SourceDocument> docs = extractor.extract(new UploadedFile("t.tsv", tsv.getBytes(StandardCharsets.UTF_8)));
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("نص, بفاصلة");
            assertThat(d.author()).isEqualTo("كاتب");
        });
    }

    @Test
    void a_csv_without_a_text_column_is_refused_with_its_header() {
        assertThat(reason("t.csv", "title,body\na,b\n".getBytes(StandardCharsets.UTF_8)))
                .contains("no column named 'text'");
    }

    @Test
    void an_unknown_extension_is_refused_with_the_accepted_list() {
        assertThatThrownBy(() -> extractor.extract(new UploadedFile("a.exe", new byte[] {1})))
                .hasMessageContaining("unsupported file type .exe")
                .hasMessageContaining(".docx");
    }
}
