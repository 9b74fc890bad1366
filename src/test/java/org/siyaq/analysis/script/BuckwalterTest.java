package org.siyaq.analysis.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
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

    @Test
    void the_uthmani_sukun_is_a_sukun() {
        // U+06E1, the sukun of Uthmani texts (the Madinah mushaf and the fixtures have it on every quiescent letter)
        check("ٱلۡكِتَٰبُ", "{lokita`bu");
        check("بِسۡمِ", "bisomi");
    }

    @Test
    void the_quranic_small_letters_and_marks_follow_the_quranic_arabic_corpus_table() {
        // small yeh U+06E6 and small waw U+06E5 (the long vowel the script leaves out)
        check("بِهِۦ", "bihi.");
        check("رَسُولِهِۥ", "rasuwlihi,");
        // small high yeh U+06E7 on a tatweel
        check("إِبۡرَٰهِـۧمَ", "<ibora`hi_.ma");
        // maddah U+0653 and hamza above U+0654 on a tatweel, where NFC cannot compose them
        check("يَـٰٓـَٔادَمُ", "ya_`^_a#Adamu");
        // small high meem U+06E2 (iqlab), small low meem U+06ED, small high upright rectangular zero U+06E0
        check("أَنۢبِـُٔونِي", ">an[bi_u#wniy");
        check("سَمِيعُۢ", "samiyEu[");
        check("بِأَعۡيُنِنَا", "bi>aEoyuninaA");
        check("أَنَا۠", ">anaA\"");
        check("عَلِيمٌۭ", "EaliymN]");
    }

    @Test
    void the_open_tanween_of_the_king_fahd_complex_text_is_tanween() {
        // hudan, EaZiymun, $ay'in (al-Baqara 2, 7, 20) as that text writes them: U+0657, U+065E, U+0656
        check("هُدٗى", "hudFY");
        check("عَظِيمٞ", "EaZiymN");
        check("شَيۡءٖ", "$ayo'K");
        // the open tanween of Unicode itself, U+08F0 to U+08F2
        check("هُد\u08F0ى عَظِيم\u08F1 شَيۡء\u08F2", "hudFY EaZiymN $ayo'K");
    }

    @Test
    void an_uthmani_text_keeps_its_length_and_loses_every_arabic_char() throws IOException {
        String text;
        try (InputStream in = BuckwalterTest.class.getResourceAsStream("/classical/al-fatiha.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        String latin = Buckwalter.transliterate(text);
        // one char for one, so the reader finds a clicked word at the same offset in the stored text
        assertEquals(nfc.length(), latin.length());
        assertEquals(
                "",
                latin.codePoints()
                        .filter(c -> c >= 0x0600 && c <= 0x08FF)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString());
    }
}
