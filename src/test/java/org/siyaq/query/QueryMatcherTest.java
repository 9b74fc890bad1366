package org.siyaq.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.testing.FixtureCorpus;

class QueryMatcherTest {

    // doc0: 0 وقال 1 المتحدث 2 إن 3 المحادثات 4 مع 5 روسيا 6 انتهت
    // doc1: 7 بدأت 8 المحادثات 9 والمحادثات 10 بالمحادثات 11 مع 12 روسيا
    // doc2: 13 روسيا 14 والولايات 15 المتحدة
    // (positions in the corpus token stream; the comma after المحادثات is not a token)
    private final LoadedCorpus corpus = FixtureCorpus.of(
            "q",
            "وقال المتحدث إن المحادثات مع روسيا انتهت.",
            "بدأت المحادثات، والمحادثات، بالمحادثات مع روسيا",
            "روسيا والولايات المتحدة");
    private final QueryParser parser = new QueryParser(FixtureCorpus.ANALYSIS);
    private final QueryMatcher matcher = new QueryMatcher();

    private Hits find(String query, Level level) {
        return matcher.find(corpus.index(), parser.parse(query, level), Deadline.none());
    }

    private int[] starts(String query, Level level) {
        return find(query, level).starts();
    }

    @Test
    void a_word_at_norm_finds_only_that_normalized_word() {
        assertThat(starts("المحادثات", Level.NORM)).containsExactly(3, 8);
    }

    @Test
    void a_word_at_stem_finds_it_with_proclitics_as_the_spec_promises() {
        // arabic.md: المحادثات at stem finds محادثات, والمحادثات and بالمحادثات
        assertThat(starts("المحادثات", Level.STEM)).containsExactly(3, 8, 9, 10);
    }

    @Test
    void hamza_typed_or_not_is_the_same_word_at_norm_but_not_at_form() {
        // إن is normalized to ان: typing it without hamza finds it at norm only
        assertThat(starts("ان", Level.NORM)).containsExactly(2);
        assertThat(starts("ان", Level.FORM)).isEmpty();
        assertThat(starts("إن", Level.FORM)).containsExactly(2);
    }

    @Test
    void a_phrase_matches_consecutive_tokens_and_counts_documents() {
        Hits hits = find("مع روسيا", Level.NORM);
        assertThat(hits.starts()).containsExactly(4, 11);
        assertThat(hits.length()).isEqualTo(2);
        assertThat(hits.documents()).isEqualTo(2);
    }

    @Test
    void a_phrase_never_matches_across_a_document_boundary() {
        // روسيا ends doc1 and روسيا starts doc2: "روسيا روسيا" is not a phrase of the corpus
        assertThat(starts("روسيا روسيا", Level.NORM)).isEmpty();
        // doc0 ends with انتهت and doc1 starts with بدأت
        assertThat(starts("انتهت بدأت", Level.NORM)).isEmpty();
    }

    @Test
    void a_star_wildcard_matches_any_run_of_letters() {
        assertThat(starts("*محادثات", Level.NORM)).containsExactly(3, 8, 9, 10);
        assertThat(starts("روس*", Level.NORM)).containsExactly(5, 12, 13);
    }

    @Test
    void a_question_mark_matches_exactly_one_letter() {
        // ?لمحادثات matches المحادثات only (one letter before لمحادثات)
        assertThat(starts("?لمحادثات", Level.NORM)).containsExactly(3, 8);
    }

    @Test
    void a_regex_matches_whole_strings_of_the_level() {
        assertThat(starts("/.*محادثات/", Level.NORM)).containsExactly(3, 8, 9, 10);
        assertThat(starts("/ال.*/", Level.NORM)).containsExactly(1, 3, 8, 15);
    }

    @Test
    void a_regex_is_spelled_like_its_level_so_ta_marbuta_still_matches_at_norm() {
        // المتحدة is المتحده at norm: the ة typed in the pattern is read as ه there, as in the index
        assertThat(starts("/ال.*ة/", Level.NORM)).containsExactly(15);
        assertThat(starts("/ال.*ة/", Level.FORM)).containsExactly(15);
        // a vowel mark typed in the pattern cannot occur at norm, so it is dropped there too
        assertThat(starts("/رُوسيا/", Level.NORM)).containsExactly(5, 12, 13);
    }

    @Test
    void a_level_prefix_overrides_the_chosen_level_for_its_token() {
        // stem:محادثات finds all four, form:مع only the written form
        assertThat(starts("stem:محادثات form:مع", Level.FORM)).containsExactly(3, 10);
    }

    @Test
    void a_word_the_corpus_lacks_gives_no_hits_not_an_error() {
        assertThat(starts("واشنطن", Level.NORM)).isEmpty();
    }

    @Test
    void a_regex_that_matches_every_word_is_refused() {
        assertThatThrownBy(() -> find("/.*/", Level.NORM))
                .isInstanceOf(QueryException.class)
                .satisfies(e -> assertThat(((QueryException) e).error()).isEqualTo(QueryError.MATCHES_EVERYTHING));
    }

    @Test
    void a_catastrophic_regex_is_stopped_by_the_deadline() {
        LoadedCorpus longWord = FixtureCorpus.of("slow", "a".repeat(30) + "b");
        Deadline soon = Deadline.in(java.time.Duration.ofMillis(50));
        assertThatThrownBy(() -> matcher.find(longWord.index(), parser.parse("/(.*a){20}c/", Level.FORM), soon))
                .isInstanceOf(QueryException.class)
                .satisfies(e -> assertThat(((QueryException) e).error()).isEqualTo(QueryError.REGEX_TOO_SLOW));
    }
}
