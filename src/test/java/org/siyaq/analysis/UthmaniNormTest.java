package org.siyaq.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The Uthmani spellings {@code norm} bridges (docs/arabic.md, "Uthmani spellings"): one test per rule and
 * per example of the page. {@code spelled} is the bridged word with its marks taken off and the wasla
 * read as alef, which is what the page writes after each arrow; {@code sameNorm} checks that a student
 * typing that standard spelling gets the same norm as the Quranic one.
 */
class UthmaniNormTest {

    private final ArabicAnalysis analysis = new ArabicAnalysis();

    private String spelled(String uthmani) {
        String bridged = UthmaniSpelling.bridge(analysis.cleanQueryWord(uthmani));
        StringBuilder out = new StringBuilder();
        for (char c : bridged.toCharArray()) {
            if (!UthmaniSpelling.isMark(c)) {
                out.append(c == '\u0671' ? '\u0627' : c);
            }
        }
        return out.toString();
    }

    private void check(String uthmani, String standard) {
        assertEquals(standard, spelled(uthmani));
        assertEquals(analysis.norm(analysis.cleanQueryWord(standard)), analysis.norm(analysis.cleanQueryWord(uthmani)));
    }

    // --- the cleaning keeps a tatweel that carries a hamza

    @Test
    void a_tatweel_with_a_hamza_above_survives_cleaning_and_tokenizing() {
        // shay'an: shin fatha yeh sukun TATWEEL HAMZA fathatan alef; the tatweel is the hamza's seat
        assertEquals("شَيۡـٔٗا", analysis.tokenize("شَيۡـٔٗا").get(0).form());
    }

    @Test
    void a_tatweel_without_a_hamza_is_still_removed() {
        assertEquals("كتاب", analysis.tokenize("كتـــاب").get(0).form());
    }

    // --- rule 1: hamza on a tatweel

    @Test
    void hamza_on_a_tatweel_after_yeh_is_yeh_hamza() {
        check("شَيۡـٔٗا", "شيئا");
    }

    @Test
    void hamza_on_a_tatweel_with_damma_is_waw_hamza() {
        check("مَسۡـُٔولٗا", "مسؤولا");
    }

    @Test
    void hamza_on_a_tatweel_with_fatha_is_alef_hamza() {
        check("يَسۡـَٔلُونَكَ", "يسألونك");
    }

    @Test
    void hamza_on_a_tatweel_with_kasra_is_yeh_hamza() {
        // bi'sa is not the page's example: the kasra rule alone, after a letter that is not yeh
        // (beh, tatweel, kasra, hamza, seen): بئس
        check("بـِٔس", "بئس");
    }

    // --- rule 2: small high yeh

    @Test
    void small_high_yeh_is_a_yeh_after_its_letter_in_ibrahim() {
        check("إِبۡرَٰهِـۧمَ", "إبراهيم");
    }

    @Test
    void small_high_yeh_is_a_yeh_after_its_letter_in_al_nabiyyin() {
        check("ٱلنَّبِيِّـۧنَ", "النبيين");
    }

    // --- rule 3: dagger alef

    @Test
    void dagger_alef_on_a_final_alef_maksura_is_dropped() {
        check("مُوسَىٰ", "موسى");
    }

    @Test
    void dagger_alef_on_an_inner_alef_maksura_makes_it_alef() {
        check("أَدۡرَىٰكَ", "أدراك");
    }

    @Test
    void dagger_alef_on_waw_before_teh_marbuta_makes_it_alef_in_al_salat() {
        check("ٱلصَّلَوٰةَ", "الصلاة");
    }

    @Test
    void dagger_alef_on_waw_before_teh_marbuta_makes_it_alef_in_al_hayat() {
        check("ٱلۡحَيَوٰةِ", "الحياة");
    }

    @Test
    void dagger_alef_on_waw_before_alef_leaves_the_alef() {
        check("ٱلرِّبَوٰاْ", "الربا");
    }

    @Test
    void dagger_alef_is_dropped_in_hadha() {
        check("هَٰذَا", "هذا");
    }

    @Test
    void dagger_alef_is_dropped_in_haula() {
        // the Quranic text writes a madda on the second alef (آ), which norm folds like any alef madda
        assertEquals("هؤلآء", spelled("هَٰٓؤُلَآءِ"));
        assertEquals(analysis.norm("هؤلاء"), analysis.norm(analysis.cleanQueryWord("هَٰٓؤُلَآءِ")));
    }

    @Test
    void dagger_alef_is_dropped_in_hakadha() {
        check("هَٰكَذَا", "هكذا");
    }

    @Test
    void dagger_alef_is_dropped_in_dhalika() {
        check("ذَٰلِكَ", "ذلك");
    }

    @Test
    void dagger_alef_is_dropped_in_lakin() {
        check("لَٰكِنَّ", "لكن");
    }

    @Test
    void dagger_alef_is_dropped_in_ilah() {
        check("إِلَٰهَ", "إله");
    }

    @Test
    void dagger_alef_is_dropped_in_ulaika() {
        check("أُوْلَٰٓئِكَ", "أولئك");
    }

    @Test
    void dagger_alef_is_dropped_in_al_rahman() {
        check("ٱلرَّحۡمَٰنِ", "الرحمن");
    }

    @Test
    void dagger_alef_elsewhere_is_an_alef_after_its_letter_in_al_kitab() {
        check("ٱلۡكِتَٰبِ", "الكتاب");
    }

    @Test
    void both_dagger_alefs_of_al_samawat_are_alefs() {
        check("ٱلسَّمَٰوَٰتِ", "السماوات");
    }

    @Test
    void dagger_alef_before_a_madda_and_yeh_hamza_is_an_alef_in_al_malaika() {
        check("ٱلۡمَلَٰٓئِكَةِ", "الملائكة");
    }

    @Test
    void dagger_alef_on_ain_is_an_alef_in_al_alamin() {
        check("ٱلۡعَٰلَمِينَ", "العالمين");
    }

    // --- rule 4: hamza before alef

    @Test
    void bare_hamza_before_alef_is_alef_madda_in_amanu() {
        check("ءَامَنُواْ", "آمنوا");
    }

    @Test
    void bare_hamza_before_alef_is_alef_madda_in_al_quran() {
        check("ٱلۡقُرۡءَانِ", "القرآن");
    }

    @Test
    void hamza_on_a_tatweel_then_alef_is_alef_madda_in_biayatina() {
        // rule 1 gives alef hamza, rule 3 an alef after yeh, rule 4 the madda
        check("بِـَٔايَٰتِنَا", "بآياتنا");
    }

    @Test
    void hamza_before_a_final_alef_is_kept() {
        // juz'an: the alef of the accusative is the word's last letter
        check("جُزۡءًا", "جزءا");
    }

    // --- what stays apart

    @Test
    void the_fused_vocative_stays_one_token_with_its_own_norm() {
        assertEquals(1, analysis.tokenize("يَٰٓأَيُّهَا").size());
        assertEquals("ياايها", analysis.norm(analysis.cleanQueryWord("يَٰٓأَيُّهَا")));
    }

    @Test
    void al_kutub_books_no_longer_shares_a_norm_with_the_quranic_al_kitab() {
        assertEquals("الكتب", analysis.norm("الكتب"));
        assertEquals("الكتاب", analysis.norm(analysis.cleanQueryWord("ٱلۡكِتَٰبِ")));
    }
}
