package org.siyaq.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The {@code norm} level: Lucene's Arabic normalization plus the extensions of docs/arabic.md. */
class ArabicNormTest {

    private final ArabicAnalysis analysis = new ArabicAnalysis();

    private void check(String typed, String expectedNorm) {
        assertEquals(expectedNorm, analysis.toLevel(analysis.cleanQueryWord(typed), Level.NORM));
    }

    @Test
    void alef_with_hamza_above_becomes_bare_alef() {
        check("أحمد", "احمد");
    }

    @Test
    void alef_with_hamza_below_becomes_bare_alef() {
        check("إسلام", "اسلام");
    }

    @Test
    void alef_with_madda_becomes_bare_alef() {
        check("آمن", "امن");
    }

    @Test
    void decomposed_hamza_and_madda_on_alef_become_bare_alef() {
        // alef + U+0654, alef + U+0655, alef + U+0653: NFC composes them first
        check("ا\u0654حمد", "احمد");
        check("ا\u0655سلام", "اسلام");
        check("ا\u0653من", "امن");
    }

    @Test
    void hamza_on_waw_is_kept() {
        // Lucene folds only the hamza forms of alef
        check("مؤمن", "مؤمن");
        check("مو\u0654من", "مؤمن");
    }

    @Test
    void hamza_on_yeh_is_kept() {
        check("سائل", "سائل");
        check("سا\u064A\u0654ل", "سائل");
    }

    @Test
    void bare_hamza_is_kept() {
        check("سماء", "سماء");
    }

    @Test
    void ta_marbuta_becomes_heh() {
        check("مدرسة", "مدرسه");
    }

    @Test
    void alef_maqsura_becomes_yeh() {
        check("مستشفى", "مستشفي");
    }

    @Test
    void harakat_are_removed() {
        // fatha, damma, kasra
        check("كَتَبَ", "كتب");
        check("كُتُب", "كتب");
        check("كِتاب", "كتاب");
    }

    @Test
    void tanween_is_removed() {
        check("كتابًا", "كتابا");
        check("كتابٌ", "كتاب");
        check("كتابٍ", "كتاب");
    }

    @Test
    void shadda_is_removed() {
        check("مدرّس", "مدرس");
    }

    @Test
    void sukun_is_removed() {
        check("مكْتب", "مكتب");
    }

    @Test
    void dagger_alef_is_removed() {
        // superscript alef of the classical spelling of hadha
        check("هٰذا", "هذا");
    }

    @Test
    void alef_wasla_becomes_bare_alef() {
        check("ٱلكتاب", "الكتاب");
    }

    @Test
    void quranic_marks_are_removed() {
        // small high ligature sad-lam-alef (pause mark), Quranic sukun, small high meem, small low meem
        check("قال\u06D6", "قال");
        check("رحۡمة", "رحمه");
        check("من\u06E2 بعد", "من بعد");
        check("ب\u06EDكم", "بكم");
        check("ذ\u06DFلك", "ذلك");
    }

    @Test
    void small_waw_and_small_yeh_are_removed() {
        // the Quranic spelling of innahu and yuhyi
        check("إِنَّهُۥ", "انه");
        check("يُحۡيِۦ", "يحي");
    }

    @Test
    void small_high_noon_is_removed() {
        check("ننجي\u06E8", "ننجي");
    }

    @Test
    void honorific_signs_and_small_vowels_of_the_u0610_range_are_removed() {
        // the sallallahou sign after the Prophet's name; small fatha U+0618
        check("محمد\u0610", "محمد");
        check("كتب\u0618", "كتب");
    }

    @Test
    void other_vowel_signs_of_the_u0653_range_are_removed() {
        // subscript alef, inverted damma, noon ghunna mark
        check("ب\u0656\u0657\u0658ت", "بت");
    }

    @Test
    void persian_yeh_and_keheh_are_folded_to_arabic_letters() {
        check("علی", "علي");
        check("کتاب", "كتاب");
    }

    @Test
    void arabic_indic_digits_become_ascii() {
        check("٢٠٢٤", "2024");
    }

    @Test
    void eastern_arabic_indic_digits_become_ascii() {
        check("۲۰۲۴", "2024");
    }

    @Test
    void latin_is_only_lower_cased() {
        check("Lucene", "lucene");
    }

    @Test
    void quranic_spelling_and_plain_spelling_share_one_norm_but_not_one_form() {
        // alef wasla, Quranic sukun and dagger alef, against plain and vowelled news spelling
        String quranic = analysis.cleanQueryWord("ٱلرَّحۡمَٰنِ");
        String plain = analysis.cleanQueryWord("الرحمن");
        String vowelled = analysis.cleanQueryWord("الرَّحْمَن");
        assertEquals("الرحمن", analysis.norm(quranic));
        assertEquals("الرحمن", analysis.norm(plain));
        assertEquals("الرحمن", analysis.norm(vowelled));
        assertNotEquals(quranic, plain);
        assertNotEquals(quranic, vowelled);
        assertNotEquals(plain, vowelled);
    }

    @Test
    void a_word_the_shortcut_takes_as_its_own_norm_is_one_the_chain_leaves_unchanged() {
        int shortcut = 0;
        for (char c = 1; c < Character.MIN_SURROGATE; c++) {
            for (String word : new String[] {String.valueOf(c), "\u0643" + c + "\u0628"}) {
                if (ArabicAnalysis.isOwnNorm(word)) {
                    shortcut++;
                    assertEquals(analysis.normByChain(word), word, () -> "U+" + Integer.toHexString(word.charAt(0)));
                }
            }
            // and the norm of every char is what the chain gives, shortcut or not
            String word = "\u0643" + c + "\u0628";
            assertEquals(
                    analysis.normByChain(UthmaniSpelling.bridge(word)),
                    analysis.norm(word),
                    () -> "U+" + Integer.toHexString(word.charAt(1)));
        }
        assertTrue(shortcut > 200, "the shortcut was taken for " + shortcut + " words");
        assertFalse(ArabicAnalysis.isOwnNorm("\u0645\u062F\u0631\u0633\u0629"), "ta marbuta goes to the chain");
        assertFalse(ArabicAnalysis.isOwnNorm(""));
    }
}
