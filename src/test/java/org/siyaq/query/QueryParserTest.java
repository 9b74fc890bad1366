package org.siyaq.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.testing.FixtureCorpus;

class QueryParserTest {

    private final QueryParser parser = new QueryParser(FixtureCorpus.ANALYSIS);

    private QueryError errorOf(String query) {
        try {
            parser.parse(query, Level.NORM);
        } catch (QueryException e) {
            return e.error();
        }
        throw new AssertionError("no error for " + query);
    }

    @Test
    void a_word_is_analysed_to_the_chosen_level() {
        ParsedQuery q = parser.parse("المحادثاتُ", Level.NORM);
        assertThat(q.terms()).containsExactly(new QueryTerm(QueryTerm.Kind.EXACT, Level.NORM, "المحادثات"));
    }

    @Test
    void words_separated_by_spaces_make_a_phrase_with_per_token_levels() {
        ParsedQuery q = parser.parse("stem:محادثات form:الأمريكي", Level.NORM);
        assertThat(q.terms()).extracting(QueryTerm::level).containsExactly(Level.STEM, Level.FORM);
        assertThat(q.terms().get(1).text()).isEqualTo("الأمريكي");
    }

    @Test
    void a_regex_may_contain_spaces_and_escaped_slashes() {
        ParsedQuery q = parser.parse("/a\\/b c/", Level.FORM);
        assertThat(q.terms()).containsExactly(new QueryTerm(QueryTerm.Kind.REGEX, Level.FORM, "a\\/b c"));
    }

    @Test
    void wildcard_letters_are_normalized_like_the_index() {
        // أ in the typed pattern becomes ا at norm, the wildcard stays
        ParsedQuery q = parser.parse("أمريك*", Level.NORM);
        assertThat(q.terms()).containsExactly(new QueryTerm(QueryTerm.Kind.WILDCARD, Level.NORM, "امريك*"));
    }

    @Test
    void bad_queries_get_a_reason_not_an_empty_result() {
        assertThat(errorOf("")).isEqualTo(QueryError.EMPTY);
        assertThat(errorOf("   ")).isEqualTo(QueryError.EMPTY);
        assertThat(errorOf("/abc")).isEqualTo(QueryError.UNBALANCED_SLASH);
        assertThat(errorOf("/[/")).isEqualTo(QueryError.BAD_REGEX);
        assertThat(errorOf("*")).isEqualTo(QueryError.MATCHES_EVERYTHING);
        assertThat(errorOf("**")).isEqualTo(QueryError.MATCHES_EVERYTHING);
        assertThat(errorOf("//")).isEqualTo(QueryError.MATCHES_EVERYTHING);
        assertThat(errorOf("،")).isEqualTo(QueryError.NO_WORD);
        assertThat(errorOf("lema:كتب")).isEqualTo(QueryError.UNKNOWN_LEVEL);
        assertThat(errorOf("a b c d e f g h i j k")).isEqualTo(QueryError.TOO_LONG);
    }

    @Test
    void every_error_has_an_arabic_message() {
        QueryException e = assertThrowsQuery("/[/");
        assertThat(e.message(true)).contains("التعبير النمطي").contains("/[/");
        assertThat(e.message(false)).contains("regular expression");
    }

    private QueryException assertThrowsQuery(String query) {
        try {
            parser.parse(query, Level.NORM);
        } catch (QueryException e) {
            return e;
        }
        throw new AssertionError("no error for " + query);
    }
}
