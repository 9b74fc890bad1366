package org.siyaq.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.testing.FixtureCorpus;

/** Every message the CQL parser can give, with the character it points at counted by hand. */
class CqlParserTest {

    private final QueryParser parser = new QueryParser(FixtureCorpus.ANALYSIS);

    private CqlException error(String query) {
        return catchThrowableOfType(CqlException.class, () -> parser.parse(query, Level.NORM));
    }

    private String english(String query) {
        CqlException e = error(query);
        assertThat(e).as(query).isNotNull();
        return e.message(false);
    }

    @Test
    void a_query_is_cql_when_it_starts_with_a_bracket_a_parenthesis_or_a_quote() {
        assertThat(CqlParser.isCql("[norm=\"قال\"]")).isTrue();
        assertThat(CqlParser.isCql("  (\"قال\")")).isTrue();
        assertThat(CqlParser.isCql("\"قال\"")).isTrue();
        assertThat(CqlParser.isCql("قال")).isFalse();
        assertThat(CqlParser.isCql("/ق.*/")).isFalse();
        assertThat(CqlParser.isCql("stem:محادث")).isFalse();
    }

    @Test
    void the_simple_syntax_is_parsed_as_before() {
        ParsedQuery q = parser.parse("مع روسيا", Level.NORM);
        assertThat(q.cql()).isNull();
        assertThat(q.length()).isEqualTo(2);
    }

    @Test
    void two_cql_tokens_are_one_pattern_of_two_tokens_not_two_odd_words() {
        ParsedQuery q = parser.parse("[norm=\"قال\"] [norm=\"موسى\"]", Level.NORM);
        assertThat(q.cql()).isNotNull();
        // موسى: its ى is spelled ي at norm, as the index spells it
        assertThat(q.key()).contains("regex=قال").contains("regex=موسي");
    }

    @Test
    void a_missing_closing_bracket_names_what_came_before_and_the_character() {
        // [norm="قال" is 11 characters ([ n o r m = " ق ا ل "); the parser stops at the 12th
        assertThat(english("[norm=\"قال\"")).isEqualTo("Expected “]” after “[norm=\"قال\"” at character 12.");
        assertThat(error("[norm=\"قال\"").message(true)).isEqualTo("يُتوقَّع «]» بعد «[norm=\"قال\"» عند الحرف 12.");
    }

    @Test
    void an_empty_pattern_is_expected_at_its_start() {
        // two blanks, then nothing: the third character is where a token was expected
        CqlException e = catchThrowableOfType(CqlException.class, () -> CqlParser.parse("  ", Level.NORM, (l, r) -> r));
        assertThat(e.message(false))
                .isEqualTo(
                        "Expected a token in brackets [ ], a word in quotes or a group in parentheses at character 3.");
    }

    @Test
    void each_missing_piece_is_named() {
        assertThat(english("[=\"a\"]"))
                .isEqualTo("Expected an attribute name (form, norm, stem, lemma, root) after “[” at character 2.");
        assertThat(english("[norm \"a\"]")).isEqualTo("Expected “=” or “!=” after “[norm” at character 7.");
        assertThat(english("[norm=a]")).isEqualTo("Expected a value in quotes after “[norm=” at character 7.");
        assertThat(english("(\"a\" \"b\"")).isEqualTo("Expected “)” after “(\"a\" \"b\"” at character 9.");
        assertThat(english("\"a\"{2,3")).isEqualTo("Expected “}” after “\"a\"{2,3” at character 8.");
        assertThat(english("\"a\"{x}")).isEqualTo("Expected a number after “\"a\"{” at character 5.");
        assertThat(english("\"a\" within paragraph"))
                .isEqualTo("Expected “document” or “<s/>” after “\"a\" within” at character 12.");
        assertThat(english("\"a\" ]"))
                .isEqualTo("Expected the end of the query, another token or “within” after “\"a\"” at character 5.");
        assertThat(english("\"a\" | "))
                .isEqualTo(
                        "Expected a token in brackets [ ], a word in quotes or a group in parentheses after “\"a\" |” at character 7.");
    }

    @Test
    void a_long_query_is_quoted_by_its_last_thirty_characters() {
        String q = "\"a\" \"b\" \"c\" \"d\" \"e\" \"f\" \"g\" \"h\" ]";
        // eight tokens of 4 characters: the stray ] is the 33rd; the 31 characters before it (blank stripped)
        // are quoted by their last 30 after an ellipsis
        assertThat(english(q))
                .isEqualTo(
                        "Expected the end of the query, another token or “within” after “…a\" \"b\" \"c\" \"d\" \"e\" \"f\" \"g\" \"h\"” at character 33.");
    }

    @Test
    void an_unknown_attribute_lists_the_levels() {
        String levels = Arrays.stream(Level.values()).map(Level::key).collect(Collectors.joining(", "));
        assertThat(english("[lema=\"قال\"]")).isEqualTo("Unknown attribute “lema” at character 2: use " + levels + ".");
    }

    @Test
    void part_of_speech_is_in_the_grammar_but_not_in_this_corpus() {
        assertThat(english("[norm=\"قال\" & pos=\"V\"]"))
                .isEqualTo("Part of speech (pos, at character 15) is not available for this corpus.");
    }

    @Test
    void value_errors_point_at_the_opening_quote() {
        assertThat(english("[norm=\"(ab\"]")).isEqualTo("The regular expression “(ab” at character 7 is not valid.");
        assertThat(english("[norm=\"ab]")).isEqualTo("The value that starts at character 7 has no closing quote.");
        assertThat(english("[norm=\"\"]"))
                .isEqualTo("The value at character 7 is empty: put a word or a regular expression between the quotes.");
    }

    @Test
    void a_repetition_must_be_ordered_positive_and_at_most_fifty() {
        String message =
                "The repetition at character 4 is not valid: the first number must not be larger than the second,"
                        + " the second must be at least 1, and neither may be above 50.";
        assertThat(english("\"a\"{3,2}")).isEqualTo(message);
        assertThat(english("\"a\"{0}")).isEqualTo(message);
        assertThat(english("\"a\"{51}")).isEqualTo(message);
        assertThat(error("\"a\"{2,5}")).isNull();
        assertThat(error("\"a\"{,5}")).isNull();
        assertThat(error("\"a\"{2,}")).isNull();
    }

    @Test
    void a_pattern_that_matches_every_token_is_refused() {
        String message =
                "This pattern matches every token: give at least one token a constraint, for example [norm=\"قال\"].";
        assertThat(english("[]")).isEqualTo(message);
        assertThat(english("[]+")).isEqualTo(message);
        assertThat(english("[]{2} \"a\"?")).isEqualTo(message);
        assertThat(english("(\"a\" | [])")).isEqualTo(message);
        assertThat(error("[] \"a\"")).isNull();
    }

    @Test
    void a_pattern_too_large_to_compile_is_refused_when_it_runs() {
        LoadedCorpus corpus = FixtureCorpus.of("t", "قال في");
        ParsedQuery q = parser.parse("\"قال\" ([]{0,50} \"في\"{0,50}){0,50}", Level.NORM);
        assertThatThrownBy(() -> new QueryMatcher().find(corpus.index(), q, Deadline.none()))
                .isInstanceOf(CqlException.class)
                .hasMessage(
                        "The pattern is too long to run (more than 4000 steps); write fewer or smaller repetitions.");
    }

    @Test
    void within_accepts_document_and_sentence_in_cqp_spellings() {
        assertThat(parser.parse("\"a\" within <s/>", Level.NORM).cql().within()).isEqualTo(CqlPattern.Within.SENTENCE);
        assertThat(parser.parse("\"a\" within s", Level.NORM).cql().within()).isEqualTo(CqlPattern.Within.SENTENCE);
        assertThat(parser.parse("\"a\" within document", Level.NORM).cql().within())
                .isEqualTo(CqlPattern.Within.DOCUMENT);
        assertThat(parser.parse("\"a\" within <text/>", Level.NORM).cql().within())
                .isEqualTo(CqlPattern.Within.DOCUMENT);
    }
}
