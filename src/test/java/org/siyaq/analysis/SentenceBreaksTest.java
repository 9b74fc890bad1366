package org.siyaq.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

    private final ArabicAnalysis analysis = new ArabicAnalysis();

    private int[] starts(String text) {
        return SentenceBreaks.starts(text, analysis.tokenize(text));
    }

    @Test
    void arabic_question_mark_comma_and_semicolon_end_a_sentence() {
        // tokens: 0 هل 1 جاء ؟ 2 نعم ، 3 جاء ؛ 4 ثم 5 ذهب
        assertThat(starts("هل جاء؟ نعم، جاء؛ ثم ذهب")).containsExactly(2, 3, 4);
    }

    @Test
    void latin_stops_and_line_breaks_end_a_sentence_but_a_blank_does_not() {
        // tokens: 0 قال . 1 ثم ! 2 لماذا ? 3 هنا \n 4 هناك 5 الآن
        assertThat(starts("قال. ثم! لماذا? هنا\nهناك الآن")).containsExactly(1, 2, 3, 4);
    }

    @Test
    void a_decimal_point_inside_a_number_is_no_break() {
        // 2.5 is one token: nothing between tokens holds a stop
        assertThat(starts("بلغ 2.5 مليون")).isEmpty();
    }
}
