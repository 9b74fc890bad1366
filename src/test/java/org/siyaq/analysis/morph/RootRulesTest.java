package org.siyaq.analysis.morph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Level;

/** The rules of the third pass at the {@code root} and {@code lemma} levels, one example or two each (docs/analysis.md). */
class RootRulesTest {

    private static final ArabicAnalysis ANALYSIS = new ArabicAnalysis();

    private static String root(String word) {
        return ANALYSIS.toLevel(ANALYSIS.cleanQueryWord(word), Level.ROOT);
    }

    private static String lemma(String word) {
        return ANALYSIS.toLevel(ANALYSIS.cleanQueryWord(word), Level.LEMMA);
    }

    @Test
    void a_particle_with_a_pronoun_is_the_particle_at_lemma_and_root() {
        // أنه = anna + hu: the dictionary's only readings are rare verbs (أَنَهَ، نَاهَ), which gave the root ن و ه
        assertEquals("ان", root("أنه"));
        assertEquals("ان", lemma("أنه"));
        // عليه = ʿalā + hi, written with ي before the pronoun; the particle in norm spelling
        assertEquals("علي", root("عليه"));
        assertEquals("من", root("منها"));
    }

    @Test
    void a_conjunction_or_preposition_before_a_function_word_is_stripped() {
        assertEquals("في", root("وفي")); // not the adjective وفيّ "loyal"
        assertEquals("ذلك", lemma("بذلك"));
        assertEquals("ان", root("لأن"));
    }

    @Test
    void a_word_of_its_own_is_not_read_as_a_proclitic_and_a_function_word() {
        // فهم is the noun and verb "understanding", not fa + hum; كانت is the verb, not ka + anti
        assertEquals("فهم", root("فهم"));
        assertEquals("كون", root("كانت"));
        assertEquals("كون", root("وكان"));
    }

    @Test
    void a_noun_used_as_a_preposition_keeps_its_root() {
        assertEquals("كلل", root("كل")); // Hans Wehr files كلّ under ك ل ل
        assertEquals("بين", root("بينهم"));
    }

    @Test
    void a_participle_takes_the_root_of_the_imperfective_it_mirrors() {
        // مدير ↔ يدير (أَدَارَ, root د و ر); مترجم ↔ يترجم (تَرْجَمَ); مسألة ↔ يسأل (س ء ل)
        assertEquals("دور", root("مدير"));
        assertEquals("ترجم", root("مترجم"));
        assertEquals("سءل", root("مسألة"));
    }

    @Test
    void a_three_letter_imperfective_is_an_assimilated_or_doubled_form_one() {
        // يقع: the dictionary lists only قاع and قعا; وَقَعَ comes from the list of common verbs
        assertEquals("وقع", root("يقع"));
        assertEquals("شدد", root("يشد")); // شَدَّ before the jussive of شَدَا
        assertEquals("ولد", root("يلد")); // both rare by the list: the root with more verbs, و ل د before ل د د
    }

    @Test
    void a_hamza_on_alef_inside_a_word_is_a_radical() {
        // شأن was read on the pattern فاع of a doubled root (ش ن ن)
        assertEquals("شءن", root("شأن"));
        assertEquals("شءن", root("بشأن"));
    }
}
