package org.siyaq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordClickTest {

    private static WordClick at(String shown, int index, int offset) {
        return new WordClick("", shown, index, offset);
    }

    @Test
    void a_clicked_word_of_a_transliterated_keyword_is_the_stored_word_at_the_same_index() {
        // the phrase node "قال الرئيس" shown as "qAl Alr}ys": the second word (index 1) is الرئيس
        assertThat(at("Alr}ys", 1, 4).wordOf("قال الرئيس")).isEqualTo("الرئيس");
        assertThat(at("qAl", 0, 0).wordOf(" قال  الرئيس ")).isEqualTo("قال");
    }

    @Test
    void an_index_past_the_stored_words_falls_back_to_the_shown_word() {
        assertThat(at("كتب", 3, 0).wordOf("الكتب")).isEqualTo("كتب");
        assertThat(at("كتب", -1, 0).wordOf(null)).isEqualTo("كتب");
    }

    @Test
    void an_offset_into_the_reader_text_gives_the_whole_word_around_it() {
        String text = "قال الرئيس، ثم مضى";
        // offsets: ق0 ا1 ل2 space3 ا4 ل5 ر6 ئ7 ي8 س9 ،10 space11 ث12
        assertThat(at("?", 0, 0).wordAt(text)).isEqualTo("قال");
        assertThat(at("?", 1, 7).wordAt(text)).as("a letter in the middle").isEqualTo("الرئيس،");
        assertThat(at("?", 2, 12).wordAt(text)).isEqualTo("ثم");
    }

    @Test
    void an_offset_on_a_blank_or_outside_the_text_falls_back_to_the_shown_word() {
        assertThat(at("shown", 0, 3).wordAt("قال الرئيس")).isEqualTo("shown");
        assertThat(at("shown", 0, 99).wordAt("قال")).isEqualTo("shown");
        assertThat(at("shown", 0, -1).wordAt("قال")).isEqualTo("shown");
    }
}
