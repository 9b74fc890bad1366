package org.siyaq.ui.concordance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.script.Buckwalter;
import org.siyaq.concordance.KwicLine;
import org.siyaq.concordance.TextRange;

class KwicPartsTest {

    // the document "قال الرئيس الروسي في موسكو" with the node الروسي at 11–17:
    // before is "قال الرئيس " (0–11), after is " في موسكو" (17–26)
    private static final KwicLine LINE = new KwicLine(0, "t", 2, "قال الرئيس ", "الروسي", " في موسكو", 11, 17, 0, 26);

    @Test
    void a_line_without_collocates_is_one_plain_piece_each_side_trimmed() {
        assertThat(KwicParts.before(LINE, s -> s)).containsExactly("قال الرئيس");
        assertThat(KwicParts.after(LINE, s -> s)).containsExactly("في موسكو");
    }

    @Test
    void a_collocate_before_and_one_after_are_the_odd_pieces_of_their_side() {
        // الرئيس at 4–10 (before), موسكو at 21–26 (after, the line's last token)
        KwicLine line = LINE.withCollocates(List.of(new TextRange(4, 10), new TextRange(21, 26)));
        assertThat(KwicParts.before(line, s -> s)).containsExactly("قال ", "الرئيس", "");
        assertThat(KwicParts.after(line, s -> s)).containsExactly("في ", "موسكو", "");
    }

    @Test
    void a_collocate_outside_the_shown_text_marks_nothing() {
        // a window wider than the context: the collocate at 40–45 is past the line's end (26)
        KwicLine line = LINE.withCollocates(List.of(new TextRange(40, 45)));
        assertThat(KwicParts.after(line, s -> s)).containsExactly("في موسكو");
    }

    @Test
    void each_piece_is_transliterated_on_its_own_so_the_mark_stays_on_its_word() {
        KwicLine line = LINE.withCollocates(List.of(new TextRange(4, 10)));
        assertThat(KwicParts.before(line, Buckwalter::transliterate)).containsExactly("qAl ", "Alr}ys", "");
    }
}
