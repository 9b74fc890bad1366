package org.siyaq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.concordance.KwicSort;
import org.siyaq.corpus.CorpusRegistry;

/** Tool pages read their state from the URL forgivingly and write it back so that a link reopens the same query. */
class UrlStateTest {

    private static UrlState parse(String query) {
        return UrlState.of(QueryParameters.fromString(query));
    }

    @Test
    void a_link_without_a_corpus_opens_the_bundled_corpus() {
        assertThat(parse("q=x").corpus()).isEqualTo(CorpusRegistry.BUNDLED_ID);
        assertThat(parse("corpus=news").corpus()).isEqualTo("news");
    }

    @Test
    void numbers_are_kept_within_their_range_and_garbage_falls_back_to_the_default() {
        UrlState s = parse("context=99&window=-3&n=abc");
        assertThat(s.integer("context", 7, 0, 50)).isEqualTo(50);
        assertThat(s.integer("window", 5, 0, 20)).isZero();
        assertThat(s.integer("n", 3, 2, 6)).isEqualTo(3);
        assertThat(s.integer("missing", 4, 0, 9)).isEqualTo(4);
    }

    @Test
    void flags_accept_the_usual_spellings_and_otherwise_keep_the_default() {
        assertThat(parse("stopwords=false").flag("stopwords", true)).isFalse();
        assertThat(parse("stopwords=1").flag("stopwords", false)).isTrue();
        assertThat(parse("stopwords=maybe").flag("stopwords", true)).isTrue();
    }

    @Test
    void an_unknown_level_or_sort_falls_back_instead_of_failing() {
        assertThat(parse("level=stem").level(Level.NORM)).isEqualTo(Level.STEM);
        assertThat(parse("level=lema").level(Level.NORM)).isEqualTo(Level.NORM);
        assertThat(parse("sort=L2").choice("sort", KwicSort::parse, KwicSort.CORPUS))
                .isEqualTo(KwicSort.BEFORE2);
        assertThat(parse("sort=sideways").choice("sort", KwicSort::parse, KwicSort.CORPUS))
                .isEqualTo(KwicSort.CORPUS);
    }

    @Test
    void setting_a_blank_value_removes_the_parameter() {
        UrlState s = parse("q=x&coll=y").with("coll", "  ").with("level", Level.ROOT.key());
        assertThat(s.toQueryParameters().getParameters())
                .isEqualTo(Map.of("q", List.of("x"), "level", List.of("root")));
    }

    @Test
    void only_keeps_the_named_parameters_that_are_present() {
        UrlState s = parse("corpus=c1&lang=ar&q=x").only(UrlState.CORPUS, UiLanguage.PARAM, "absent");
        assertThat(s.toQueryParameters().getParameters().keySet()).containsExactly("corpus", "lang");
    }

    @Test
    void arabic_values_survive_a_round_trip_through_the_query_string() {
        UrlState s = UrlState.empty().with("q", "الرئيس الروسي").with("filter", "/^مح.*ات$/");
        String query = s.queryString();
        assertThat(query).doesNotContain(" ").doesNotContain("الرئيس");
        assertThat(parse(query)).isEqualTo(s);
    }
}
