package org.siyaq.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Stop words, query words, and the façade as the index and the queries use it. */
class ArabicAnalysisTest {

    private final ArabicAnalysis analysis = new ArabicAnalysis();

    private boolean isStop(String typed) {
        return analysis.isStopWord(analysis.toLevel(analysis.cleanQueryWord(typed), Level.NORM));
    }

    @Test
    void common_prepositions_are_stop_words() {
        assertTrue(isStop("في"));
        assertTrue(isStop("من"));
        assertTrue(isStop("على"));
    }

    @Test
    void a_content_word_is_not_a_stop_word() {
        assertFalse(isStop("روسيا"));
    }

    @Test
    void stop_words_are_compared_at_the_norm_level() {
        // Lucene lists both إلى and الى; vowelled and hamza-less spellings match too
        assertTrue(isStop("إلى"));
        assertTrue(isStop("إِلَى"));
        assertTrue(isStop("الي"));
        // a cost of comparing norms: the name ʿAlii has the norm of the preposition ʿalaa
        assertTrue(isStop("علي"));
    }

    @Test
    void stop_word_lookup_expects_a_norm() {
        assertFalse(analysis.isStopWord("على"));
        assertTrue(analysis.isStopWord("علي"));
    }

    @Test
    void a_query_word_gets_the_same_cleaning_as_a_token() {
        assertEquals("كتاب", analysis.cleanQueryWord(" كتـــاب\u200F "));
        assertEquals("لا", analysis.cleanQueryWord("ﻻ"));
        assertEquals("أكل", analysis.cleanQueryWord("ا\u0654كل"));
        assertEquals("lucene", analysis.cleanQueryWord("Lucene"));
        assertEquals("الرَّحْمَن", analysis.cleanQueryWord("الرَّحْمَن"));
    }

    @Test
    void a_query_word_is_not_tokenized() {
        // wildcards and punctuation stay for the query parser
        assertEquals("كت*ب?", analysis.cleanQueryWord("كت*ب?"));
        assertEquals("stem:محادث", analysis.cleanQueryWord("stem:محادث"));
    }

    @Test
    void to_level_chains_the_levels() {
        String form = analysis.cleanQueryWord("والمحادثاتُ");
        assertEquals("والمحادثاتُ", analysis.toLevel(form, Level.FORM));
        assertEquals("والمحادثات", analysis.toLevel(form, Level.NORM));
        assertEquals("محادث", analysis.toLevel(form, Level.STEM));
        assertEquals("حدث", analysis.toLevel(form, Level.ROOT));
    }

    @Test
    void one_instance_gives_the_same_answers_on_many_threads() {
        String text = "قال الرئيس إنَّ المحادثاتِ مع روسيا ستستمر في ٢٠٢٥.";
        List<String> expected = levels(text);
        List<List<String>> results =
                IntStream.range(0, 200).parallel().mapToObj(i -> levels(text)).toList();
        results.forEach(result -> assertEquals(expected, result));
    }

    private List<String> levels(String text) {
        return analysis.tokenize(text).stream()
                .flatMap(t -> Arrays.stream(Level.values()).map(level -> analysis.toLevel(t.form(), level)))
                .toList();
    }
}
