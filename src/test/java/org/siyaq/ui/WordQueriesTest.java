package org.siyaq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Level;

/** A click on a word-list row, an n-gram or a collocate searches exactly that string at its level. */
class WordQueriesTest {

    private final ArabicAnalysis analysis = new ArabicAnalysis();
    private final WordQueries queries = new WordQueries(analysis);

    @Test
    void a_word_that_analyses_to_itself_is_searched_as_typed() {
        String norm = analysis.norm("روسيا");
        assertThat(queries.exact(norm, Level.NORM)).isEqualTo(norm);
    }

    @Test
    void a_string_the_analyzer_would_change_becomes_an_exact_regular_expression() {
        // a stem string is not a written form: stemming it again may strip more, so it is quoted instead
        String form = "والمحادثات";
        String stem = analysis.toLevel(form, Level.STEM);
        String query = queries.exact(form, Level.STEM);
        assertThat(analysis.toLevel(form, Level.STEM)).isNotEqualTo(form);
        assertThat(query).startsWith("/").endsWith("/");
        Pattern pattern = Pattern.compile(query.substring(1, query.length() - 1));
        assertThat(pattern.matcher(form).matches()).isTrue();
        assertThat(pattern.matcher(stem).matches()).isFalse();
    }

    @Test
    void wildcard_characters_in_a_word_are_taken_literally() {
        assertThat(queries.exact("a*b", Level.FORM)).isEqualTo("/" + Pattern.quote("a*b") + "/");
    }

    @Test
    void an_ngram_becomes_a_phrase_of_exact_words() {
        String first = analysis.norm("روسيا");
        String second = analysis.norm("والولايات");
        assertThat(queries.exactPhrase(first + " " + second, Level.NORM)).isEqualTo(first + " " + second);
    }
}
