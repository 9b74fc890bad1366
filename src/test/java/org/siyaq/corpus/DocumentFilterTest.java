package org.siyaq.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentFilterTest {

    private static DocumentInfo doc(String source, Map<String, String> extra) {
        return new DocumentInfo(0, "a.txt", "Title", null, "2021-02-03", source, "news", extra, 10, 0, 50);
    }

    @Test
    void the_url_form_is_split_at_the_first_colon_and_trimmed() {
        DocumentFilter f = DocumentFilter.parse(" date : 2021-02-03:noon ");

        assertThat(f.field()).isEqualTo("date");
        assertThat(f.value()).isEqualTo("2021-02-03:noon");
        assertThat(DocumentFilter.parse(f.toParameter())).isEqualTo(f);
    }

    @Test
    void a_missing_or_blank_filter_means_every_document() {
        assertThat(DocumentFilter.parse(null)).isNull();
        assertThat(DocumentFilter.parse("  ")).isNull();
    }

    @Test
    void a_filter_without_a_colon_or_with_an_empty_side_is_refused_with_the_expected_form() {
        assertThatThrownBy(() -> DocumentFilter.parse("RT"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("field:value")
                .hasMessageContaining("'RT'");
        assertThatThrownBy(() -> DocumentFilter.parse("source:"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a value after 'source:'");
        assertThatThrownBy(() -> DocumentFilter.parse(":RT"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a metadata field");
    }

    @Test
    void values_match_exactly_after_trimming_and_latin_letters_without_case() {
        DocumentInfo rt = doc(" RT ", Map.of());

        assertThat(new DocumentFilter("source", "rt").matches(rt)).isTrue();
        assertThat(new DocumentFilter("SOURCE", "RT").matches(rt)).isTrue();
        assertThat(new DocumentFilter("source", "RT Arabic").matches(rt)).isFalse();
        assertThat(new DocumentFilter("source", "R").matches(rt)).isFalse();
        // an Arabic value must match letter for letter: no normalisation of hamza or ta marbuta here
        assertThat(new DocumentFilter("source", "الأمصار").matches(doc("الأمصار", Map.of())))
                .isTrue();
        assertThat(new DocumentFilter("source", "الامصار").matches(doc("الأمصار", Map.of())))
                .isFalse();
    }

    @Test
    void a_document_without_the_field_never_matches() {
        assertThat(new DocumentFilter("source", "RT").matches(doc(null, Map.of())))
                .isFalse();
        assertThat(new DocumentFilter("author", "x").matches(doc("RT", Map.of())))
                .isFalse();
    }

    @Test
    void a_manifest_column_is_a_field_named_as_in_the_manifest_in_any_case() {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("Region", "Levant");
        DocumentInfo levant = doc("RT", extra);

        assertThat(new DocumentFilter("region", "levant").matches(levant)).isTrue();
        assertThat(new DocumentFilter("Region", "Gulf").matches(levant)).isFalse();
        assertThat(DocumentFilter.fieldsOf(List.of(levant)))
                .containsExactly("title", "author", "date", "source", "genre", "file_name", "Region");
        assertThat(new DocumentFilter("region", "x").isFieldOf(List.of(levant))).isTrue();
        assertThat(new DocumentFilter("colour", "x").isFieldOf(List.of(levant))).isFalse();
    }

    @Test
    void filters_that_match_the_same_documents_share_a_key() {
        assertThat(new DocumentFilter("Source", " rt").key()).isEqualTo(new DocumentFilter("source", "RT").key());
        assertThat(new DocumentFilter("source", "RT").key()).isNotEqualTo(new DocumentFilter("genre", "RT").key());
    }

    @Test
    void the_metadata_of_documents_lists_each_value_with_its_document_count() {
        List<DocumentInfo> docs =
                List.of(doc("RT", Map.of()), doc("rt ", Map.of()), doc("الأمصار", Map.of()), doc(null, Map.of()));

        MetadataField source = MetadataField.of(docs).stream()
                .filter(f -> f.name().equals("source"))
                .findFirst()
                .orElseThrow();

        assertThat(source.values())
                .containsExactly(new MetadataField.Value("RT", 2), new MetadataField.Value("الأمصار", 1));
        assertThat(source.withoutValue()).isEqualTo(1);
        assertThat(MetadataField.of(docs))
                .extracting(MetadataField::name)
                .containsExactly("title", "date", "source", "genre", "file_name");
    }

    @Test
    void a_negated_filter_takes_every_other_document_including_those_without_the_field() {
        DocumentFilter rest = DocumentFilter.parse("!source:RT");
        assertThat(rest.negated()).isTrue();
        assertThat(rest.field()).isEqualTo("source");
        assertThat(rest.matches(doc("RT", Map.of()))).isFalse();
        assertThat(rest.matches(doc("TASS", Map.of()))).isTrue();
        // no source at all is outside source:RT, so in its complement
        assertThat(rest.matches(doc(null, Map.of()))).isTrue();
        assertThat(rest.toParameter()).isEqualTo("!source:RT");
        assertThat(DocumentFilter.parse(rest.toParameter())).isEqualTo(rest);
        assertThat(rest.complement()).isEqualTo(DocumentFilter.parse("source:RT"));
        assertThat(rest.key()).isNotEqualTo(rest.complement().key());
        assertThatThrownBy(() -> DocumentFilter.parse("!RT")).hasMessageContaining("field:value");
    }

    @Test
    void a_filter_and_its_complement_split_the_corpus_in_two() {
        List<DocumentInfo> docs = List.of(doc("RT", Map.of()), doc("TASS", Map.of()), doc(null, Map.of()));
        DocumentFilter rt = new DocumentFilter("source", "rt");
        for (DocumentInfo d : docs) {
            assertThat(rt.matches(d)).isNotEqualTo(rt.complement().matches(d));
        }
    }
}
