package org.siyaq.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;

class WordLookupTest {

    @Test
    void a_root_row_is_analysed_through_its_most_frequent_form() {
        // the root قول is no word; its row's first form قال is
        WordLookup lookup = WordLookup.row(Level.ROOT, "قول", List.of("قال", "يقول", "القول"));
        assertThat(lookup.written()).isEqualTo("قال");
        assertThat(lookup.throughForm()).isTrue();
    }

    @Test
    void a_form_row_and_a_row_without_forms_are_analysed_as_they_are() {
        assertThat(WordLookup.row(Level.FORM, "الكتب", List.of()).written()).isEqualTo("الكتب");
        assertThat(WordLookup.row(Level.FORM, "الكتب", List.of()).throughForm()).isFalse();
        assertThat(WordLookup.row(Level.LEMMA, "كتاب", List.of()).written()).isEqualTo("كتاب");
        assertThat(WordLookup.row(Level.NORM, "على", List.of("على")).throughForm())
                .as("the form is the key itself")
                .isFalse();
    }

    @Test
    void a_word_of_a_text_stands_for_no_row() {
        WordLookup lookup = WordLookup.word("يقول");
        assertThat(lookup.rowLevel()).isNull();
        assertThat(lookup.throughForm()).isFalse();
    }
}
