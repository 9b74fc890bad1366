package org.siyaq.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.query.QueryException;

/** A parameter reads strictly for the API (a wrong type is explained) and leniently for a page's address. */
class ParamTest {

    private static final Param<Integer> CONTEXT = Param.integer("context", 7, 0, 50);
    private static final Param<Boolean> STOPWORDS = Param.flag("stopwords", true);

    @Test
    void an_absent_or_blank_value_is_the_default_in_both_readings() {
        assertThat(CONTEXT.read(null)).isEqualTo(7);
        assertThat(CONTEXT.read(" ")).isEqualTo(7);
        assertThat(CONTEXT.readLenient("")).isEqualTo(7);
        assertThat(STOPWORDS.read(null)).isTrue();
    }

    @Test
    void the_api_explains_a_word_where_a_number_belongs_in_both_languages() {
        assertThatThrownBy(() -> CONTEXT.read("many"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("The parameter 'context' must be a whole number, not 'many'.")
                .satisfies(e -> assertThat(((InvalidRequestException) e).message(true))
                        .contains("context")
                        .contains("many")
                        .matches(".*[\\u0621-\\u064A].*"));
        assertThatThrownBy(() -> STOPWORDS.read("maybe"))
                .hasMessage("The parameter 'stopwords' must be true or false, not 'maybe'.");
    }

    @Test
    void the_api_leaves_the_range_to_the_query_record_and_the_page_puts_a_number_in_range() {
        // 99 is outside [0, 50]: the API passes it on (ConcordanceQuery explains the range), a page shows 50
        assertThat(CONTEXT.read("99")).isEqualTo(99);
        assertThat(CONTEXT.readLenient("99")).isEqualTo(50);
        assertThat(CONTEXT.readLenient("-3")).isZero();
        assertThat(CONTEXT.readLenient("abc")).isEqualTo(7);
    }

    @Test
    void an_unknown_level_is_a_query_error_for_the_api_and_the_default_for_a_page() {
        assertThatThrownBy(() -> CommonParams.LEVEL.read("lema")).isInstanceOf(QueryException.class);
        assertThat(CommonParams.LEVEL.readLenient("lema")).isEqualTo(Level.NORM);
        assertThat(CommonParams.LEVEL.read("ROOT")).isEqualTo(Level.ROOT);
    }

    @Test
    void values_are_written_back_as_the_address_and_the_api_read_them() {
        Map<String, String> written = new ParamValues()
                .with(CommonParams.LEVEL, Level.STEM)
                .with(CONTEXT, 5)
                .with(STOPWORDS, false)
                .with(Param.text("filter"), null)
                .toMap();
        assertThat(written)
                .containsExactly(
                        Map.entry("level", "stem"), Map.entry("context", "5"), Map.entry("stopwords", "false"));
        ParamSource in = ParamSource.strict(written);
        assertThat(in.get(CONTEXT)).isEqualTo(5);
        assertThat(in.get(STOPWORDS)).isFalse();
    }

    @Test
    void a_page_default_replaces_the_apis_for_one_parameter_only() {
        Param<Integer> apiMin = Param.integer("minFreq", 1, 1, Integer.MAX_VALUE);
        Param<Integer> pageMin = Param.integer("minFreq", 2, 1, Integer.MAX_VALUE);
        ParamSource page = ParamSource.strict(Map.of("context", "3")).replacing(apiMin, pageMin);
        assertThat(page.get(apiMin)).isEqualTo(2);
        assertThat(page.get(CONTEXT)).isEqualTo(3);
    }
}
