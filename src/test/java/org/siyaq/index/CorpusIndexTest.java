package org.siyaq.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.testing.FixtureCorpus;

class CorpusIndexTest {

    private final CorpusIndex index = FixtureCorpus.of("i", "b a b", "", "c a").index();

    @Test
    void documents_are_concatenated_and_empty_documents_take_no_positions() {
        assertThat(index.size()).isEqualTo(5);
        assertThat(index.docCount()).isEqualTo(3);
        assertThat(index.docStart(2)).isEqualTo(3);
        assertThat(index.docOf(2)).isZero();
        assertThat(index.docOf(3)).isEqualTo(2);
        assertThat(index.docOf(4)).isEqualTo(2);
    }

    @Test
    void type_ids_follow_code_point_order_and_frequencies_add_up() {
        Lexicon lexicon = index.lexicon();
        assertThat(lexicon.string(Level.NORM, 0)).isEqualTo("a");
        assertThat(lexicon.string(Level.NORM, 2)).isEqualTo("c");
        assertThat(index.freq(Level.NORM, lexicon.lookup(Level.NORM, "b"))).isEqualTo(2);
        assertThat(lexicon.lookup(Level.NORM, "z")).isEqualTo(-1);
    }

    @Test
    void postings_give_every_position_of_a_form_in_order() {
        int b = index.formAt(0);
        int a = index.formAt(1);
        assertThat(index.positionsOfForms(new int[] {b})).containsExactly(0, 2);
        assertThat(index.positionsOfForms(new int[] {a, b})).containsExactly(0, 1, 2, 4);
    }

    @Test
    void code_point_order_differs_from_utf16_order_above_the_basic_plane() {
        // U+1D400 (surrogates D835 DC00) sorts after U+FB50 by code point, before it by UTF-16 unit
        assertThat(Lexicon.compareCodePoints("\uD835\uDC00", "\uFB50")).isPositive();
    }
}
