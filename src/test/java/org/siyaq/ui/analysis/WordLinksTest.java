package org.siyaq.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Level;
import org.siyaq.ui.UrlState;
import org.siyaq.ui.WordQueries;

class WordLinksTest {

    private static final WordLinks LINKS = new WordLinks(new WordQueries(new ArabicAnalysis()));

    /** What a page in the sub-corpus of one source, in Arabic, keeps in every link. */
    private static final UrlState BASE = UrlState.of(new com.vaadin.flow.router.QueryParameters(
            Map.of("corpus", List.of("bundled"), "where", List.of("source:RT"), "lang", List.of("ar"))));

    private static String decoded(String href) {
        return URLDecoder.decode(href, StandardCharsets.UTF_8);
    }

    @Test
    void the_root_link_queries_the_root_in_the_same_corpus_documents_and_language() {
        String href = decoded(LINKS.concordance(BASE, Level.ROOT, "كتب"));
        assertThat(href)
                .startsWith("concordance?")
                .contains("q=root:كتب", "corpus=bundled", "where=source:RT", "lang=ar");
    }

    @Test
    void the_lemma_word_list_lists_forms_filtered_by_the_lemma() {
        String href = decoded(LINKS.wordList(BASE, Level.FORM, Level.LEMMA, "قال"));
        assertThat(href).startsWith("wordlist?").contains("level=form", "filter=lemma:قال", "where=source:RT");
    }

    @Test
    void the_root_word_list_lists_lemmas_filtered_by_the_root() {
        String href = decoded(LINKS.wordList(UrlState.empty(), Level.LEMMA, Level.ROOT, "قول"));
        assertThat(href)
                .startsWith("wordlist?")
                .contains("level=lemma", "filter=root:قول")
                .doesNotContain("corpus=");
    }

    @Test
    void a_value_that_analyses_to_another_string_is_matched_exactly() {
        // at norm, أحمد is written احمد: analysed again, the stored norm string "أحمد" would not give itself back
        assertThat(LINKS.term(Level.NORM, "أحمد")).isEqualTo("norm:/\\Qأحمد\\E/");
        assertThat(LINKS.term(Level.NORM, "احمد")).isEqualTo("norm:احمد");
    }

    @Test
    void a_row_concordance_queries_the_row_key_at_its_level() {
        String href = decoded(LINKS.rowConcordance(UrlState.empty(), Level.LEMMA, "قال"));
        assertThat(href).isEqualTo("concordance?q=قال&level=lemma");
    }
}
