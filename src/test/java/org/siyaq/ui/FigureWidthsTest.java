package org.siyaq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FigureWidthsTest {

    @Test
    void a_short_header_keeps_its_line_and_sets_the_width_when_the_figures_are_narrower() {
        // "O11 (observed)" is 14 characters, the longest figure "8,643" 5: the header decides
        // 14 x 0.6 rem + 2.2 rem of padding and sort indicator = 10.6 rem, in the root's unit (not ch or em, which the
        // header's smaller font would resolve narrower than the body's)
        assertThat(FigureWidths.width("O11 (observed)", 5)).isEqualTo("10.6rem");
    }

    @Test
    void a_long_header_wraps_between_its_words_but_not_below_the_one_line_length() {
        // "Frequency per million words" is 27 characters; its longest word "Frequency" 9 < 14
        assertThat(FigureWidths.headerChars("Frequency per million words")).isEqualTo(14);
        // a single word longer than 14 characters is never cut: "Characteristically" is 18
        assertThat(FigureWidths.headerChars("Characteristically high")).isEqualTo(18);
    }

    @Test
    void figures_wider_than_the_header_set_the_width() {
        // "MI" is 2 characters; "44,332.36" is 9
        // 9 x 0.6 + 2.2 = 7.6 rem
        assertThat(FigureWidths.width("MI", 9)).isEqualTo("7.6rem");
    }
}
