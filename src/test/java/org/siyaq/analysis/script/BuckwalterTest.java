package org.siyaq.analysis.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BuckwalterTest {

    private void check(String arabic, String expected) {
        assertEquals(expected, Buckwalter.transliterate(arabic));
    }

    @Test
    void a_vowelled_verb() {
        check("كَتَبَ", "kataba");
    }

    @Test
    void the_basmala_with_wasla_shadda_sukun_and_dagger_alef() {
        // shadda is written before its vowel, whichever order the marks were typed in
        check("بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ", "bisomi {ll~ahi {lr~aHoma`ni {lr~aHiymi");
    }

    @Test
    void arabic_punctuation_becomes_latin_so_no_arabic_script_is_left() {
        // U+060C ، comma, U+061B ؛ semicolon, U+061F ؟ question mark
        check("نعم، لا؛ لماذا؟", "nEm, lA; lmA*A?");
    }

    @Test
    void tanween() {
        check("كتابًا كتابٌ كتابٍ", "ktAbFA ktAbN ktAbK");
    }

    @Test
    void hamza_forms() {
        check("ء آ أ ؤ إ ئ", "' | > & < }");
        // decomposed alef + hamza above is the same letter
        check("ا\u0654", ">");
    }

    @Test
    void ta_marbuta_alef_maqsura_and_tatweel() {
        check("مدرسة مستشفى كتـاب", "mdrsp mst$fY kt_Ab");
    }

    @Test
    void non_arabic_characters_pass_through() {
        // Latin letters, digits and spaces are kept; the Arabic comma is Latin now (issue 12, item 6)
        check("Lucene 10، ok", "Lucene 10, ok");
    }
}
