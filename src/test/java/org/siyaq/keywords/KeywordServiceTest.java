package org.siyaq.keywords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.testing.FixtureCorpus;

/**
 * Keyword lists against values worked out by hand ({@code statistics.md}, "Keywords"). The target has
 * N1 = 6 tokens and the reference N2 = 8, so N1 + N2 = 14:
 * <pre>
 *   target:    "a b a c", "a d"     → a 3, b 1, c 1, d 1
 *   reference: "a b b e", "b e e e" → a 1, b 3, e 4
 * </pre>
 * The same four documents as one corpus, the first two with source X and the last two with source Y,
 * make {@code where=source:X} against the rest the same comparison.
 */
class KeywordServiceTest {

    private static final double EPS = 1e-9;

    private final LoadedCorpus target = FixtureCorpus.of("target", "a b a c", "a d");
    private final LoadedCorpus reference = FixtureCorpus.of("reference", "a b b e", "b e e e");
    private final LoadedCorpus both = FixtureCorpus.withSources(
            "both", new String[] {"X", "X", "Y", "Y"}, "a b a c", "a d", "a b b e", "b e e e");

    private KeywordService service() {
        return new KeywordService(FixtureCorpus.registry(target, reference, both), FixtureCorpus.ANALYSIS);
    }

    private static KeywordQuery query(
            String corpus,
            String where,
            String referenceId,
            String referenceWhere,
            KeywordDirection show,
            KeywordMeasure sort,
            int minFreq) {
        return new KeywordQuery(
                corpus,
                DocumentFilter.parse(where),
                referenceId,
                DocumentFilter.parse(referenceWhere),
                Level.NORM,
                true,
                minFreq,
                show,
                sort,
                0,
                KeywordQuery.MAX_PAGE);
    }

    private static KeywordRow row(KeywordResult result, String word) {
        return result.rows().stream()
                .filter(r -> r.word().equals(word))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_corpus_against_another_matches_the_hand_calculation_row_for_row() {
        KeywordResult result = service()
                .keywords(query(
                        "target", null, "reference", null, KeywordDirection.BOTH, KeywordMeasure.LOG_LIKELIHOOD, 0));
        checkHandValues(result);
    }

    @Test
    void a_sub_corpus_against_the_rest_of_its_corpus_gives_the_same_rows() {
        KeywordResult result = service()
                .keywords(
                        query("both", "source:X", null, null, KeywordDirection.BOTH, KeywordMeasure.LOG_LIKELIHOOD, 0));
        checkHandValues(result);
    }

    @Test
    void a_sub_corpus_against_another_sub_corpus_of_the_same_corpus_gives_the_same_rows() {
        KeywordResult result = service()
                .keywords(query(
                        "both",
                        "source:X",
                        "both",
                        "source:Y",
                        KeywordDirection.BOTH,
                        KeywordMeasure.LOG_LIKELIHOOD,
                        0));
        checkHandValues(result);
    }

    private static void checkHandValues(KeywordResult result) {
        assertThat(result.targetTokens()).isEqualTo(6);
        assertThat(result.referenceTokens()).isEqualTo(8);
        // sorted by log_likelihood from the largest; c and d tie and go in code-point order
        assertThat(result.rows()).extracting(KeywordRow::word).containsExactly("a", "c", "d", "b", "e");
        assertThat(result.totalRows()).isEqualTo(5);

        // a: a = 3, b = 1; E1 = 6·4/14 = 12/7, E2 = 8·4/14 = 16/7
        // LL = 2·(3·ln(3/(12/7)) + 1·ln(1/(16/7))) = 2·(3·ln(7/4) + ln(7/16)) = 2·(1.6788474 − 0.8266786) = 1.7043376
        // log_ratio = log2((3/6)/(1/8)) = log2(4) = 2; percent_diff = (0.5 − 0.125)/0.125·100 = 300
        // p = upper χ²(1) tail at 1.7043376 = erfc(√(1.7043376/2)) = 0.1917217
        check(row(result, "a"), 3, 1, 500_000, 125_000, 1.7043375812436, 2.0, 300.0, 0.19172169167454883);
        // b: a = 1, b = 3; the same E1 = 12/7, E2 = 16/7
        // G² = 2·(ln(7/12) + 3·ln(21/16)) = 2·(−0.5389965 + 0.8158012) = 0.5536093, negative as 1/6 < 3/8
        // log_ratio = log2((1/6)/(3/8)) = log2(4/9) = −1.1699250; percent_diff = (1/6 − 3/8)/(3/8)·100 = −55.5…
        check(
                row(result, "b"),
                1,
                3,
                1_000_000 / 6.0,
                375_000,
                -0.5536092914364767,
                -1.1699250014423124,
                -500.0 / 9,
                0.45684667833307485);
        // c (and d alike): a = 1, b = 0; E1 = 6/14 = 3/7, and b·ln(b/E2) = 0
        // LL = 2·ln(1/(3/7)) = 2·ln(7/3) = 1.6945957; log_ratio = log2((1/6)/(0.5/8)) = log2(8/3) = 1.4150375
        // percent_diff = (1/6 − 1e-18)/1e-18·100 = 1.6667e19 (1e-18 put for the zero b/N2)
        for (String word : List.of("c", "d")) {
            check(
                    row(result, word),
                    1,
                    0,
                    1_000_000 / 6.0,
                    0,
                    1.6945957207744073,
                    1.4150374992788437,
                    (1 / 6.0 - 1e-18) / 1e-18 * 100,
                    0.19299625827453326);
        }
        // e: a = 0, b = 4; E2 = 8·4/14 = 16/7: G² = 2·4·ln(4/(16/7)) = 8·ln(7/4) = 4.4769263, negative
        // log_ratio = log2((0.5/6)/(4/8)) = log2(1/6) = −2.5849625; percent_diff = (0 − 0.5)/0.5·100 = −100
        check(row(result, "e"), 0, 4, 0, 500_000, -4.476926303483381, -2.584962500721156, -100.0, 0.034355454507939545);
    }

    private static void check(
            KeywordRow row,
            int freq,
            int freqRef,
            double perMillion,
            double perMillionRef,
            double ll,
            double logRatio,
            double percentDiff,
            double p) {
        assertThat(row.freq()).as("freq of %s", row.word()).isEqualTo(freq);
        assertThat(row.freqRef()).as("freq_ref of %s", row.word()).isEqualTo(freqRef);
        assertThat(row.perMillion()).as("per_million of %s", row.word()).isCloseTo(perMillion, within(1e-6));
        assertThat(row.perMillionRef()).as("per_million_ref of %s", row.word()).isCloseTo(perMillionRef, within(1e-6));
        assertThat(row.logLikelihood()).as("log_likelihood of %s", row.word()).isCloseTo(ll, within(EPS));
        assertThat(row.logRatio()).as("log_ratio of %s", row.word()).isCloseTo(logRatio, within(EPS));
        assertThat(row.percentDiff())
                .as("percent_diff of %s", row.word())
                .isCloseTo(percentDiff, within(Math.abs(percentDiff) * 1e-12));
        assertThat(row.pValue()).as("p_value of %s", row.word()).isCloseTo(p, within(1e-12));
    }

    @Test
    void positive_keywords_are_the_over_used_words_and_negative_ones_come_most_under_used_first() {
        KeywordService service = service();
        KeywordResult positive = service.keywords(
                query("target", null, "reference", null, KeywordDirection.POSITIVE, KeywordMeasure.LOG_LIKELIHOOD, 0));
        KeywordResult negative = service.keywords(
                query("target", null, "reference", null, KeywordDirection.NEGATIVE, KeywordMeasure.LOG_LIKELIHOOD, 0));

        // a/N1 > b/N2 for a (1/2 > 1/8), c and d (1/6 > 0); below for b (1/6 < 3/8) and e (0 < 1/2)
        assertThat(positive.rows()).extracting(KeywordRow::word).containsExactly("a", "c", "d");
        // −4.477 before −0.554
        assertThat(negative.rows()).extracting(KeywordRow::word).containsExactly("e", "b");
    }

    @Test
    void the_minimum_frequency_counts_in_the_target_only() {
        // minFreq 1 drops e (a = 0, though b = 4); minFreq 2 keeps only a (a = 3)
        assertThat(service()
                        .keywords(query("target", null, "reference", null, null, null, 1))
                        .rows())
                .extracting(KeywordRow::word)
                .containsExactly("a", "c", "d", "b");
        assertThat(service()
                        .keywords(query("target", null, "reference", null, null, null, 2))
                        .rows())
                .extracting(KeywordRow::word)
                .containsExactly("a");
    }

    @Test
    void any_measure_sorts_the_list_and_p_values_sort_from_the_smallest() {
        KeywordService service = service();
        // log_ratio: 2, 1.415 (c, d), −1.170, −2.585
        assertThat(service.keywords(query("target", null, "reference", null, null, KeywordMeasure.LOG_RATIO, 0))
                        .rows())
                .extracting(KeywordRow::word)
                .containsExactly("a", "c", "d", "b", "e");
        // p: e 0.0344, a 0.1917, c = d 0.1930, b 0.4568
        assertThat(service.keywords(query("target", null, "reference", null, null, KeywordMeasure.P_VALUE, 0))
                        .rows())
                .extracting(KeywordRow::word)
                .containsExactly("e", "a", "c", "d", "b");
        // freq_ref: e 4, b 3, a 1, c = d 0
        assertThat(service.keywords(query("target", null, "reference", null, null, KeywordMeasure.FREQ_REF, 0))
                        .rows())
                .extracting(KeywordRow::word)
                .containsExactly("e", "b", "a", "c", "d");
        // percent_diff: c = d 1.7e19, a 300, b −55.6, e −100
        assertThat(service.keywords(query("target", null, "reference", null, null, KeywordMeasure.PERCENT_DIFF, 0))
                        .rows())
                .extracting(KeywordRow::word)
                .containsExactly("c", "d", "a", "b", "e");
    }

    @Test
    void the_rest_of_a_corpus_is_every_document_outside_the_sub_corpus_and_reference_where_chooses_fewer() {
        LoadedCorpus three = FixtureCorpus.withSources("three", new String[] {"X", "Y", "Z"}, "a b", "a c c", "c d");
        KeywordService service = new KeywordService(FixtureCorpus.registry(three), FixtureCorpus.ANALYSIS);

        // rest of source:X = Y and Z: "a c c" + "c d" → N2 = 5, a 1, c 3, d 1
        KeywordResult rest = service.keywords(query("three", "source:X", null, null, null, KeywordMeasure.FREQ_REF, 0));
        assertThat(rest.referenceTokens()).isEqualTo(5);
        assertThat(rest.rows())
                .extracting(KeywordRow::word, KeywordRow::freq, KeywordRow::freqRef)
                .containsExactly(tuple("c", 0, 3), tuple("a", 1, 1), tuple("d", 0, 1), tuple("b", 1, 0));
        // only source:Y: "a c c" → N2 = 3, a 1, c 2
        KeywordResult onlyY =
                service.keywords(query("three", "source:X", "three", "source:Y", null, KeywordMeasure.FREQ_REF, 0));
        assertThat(onlyY.referenceTokens()).isEqualTo(3);
        assertThat(onlyY.rows())
                .extracting(KeywordRow::word, KeywordRow::freq, KeywordRow::freqRef)
                .containsExactly(tuple("c", 0, 2), tuple("a", 1, 1), tuple("b", 1, 0));
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    @Test
    void leaving_out_stop_words_removes_rows_but_keeps_both_sizes() {
        LoadedCorpus arabicTarget = FixtureCorpus.of("ar-target", "في كتاب في");
        LoadedCorpus arabicReference = FixtureCorpus.of("ar-reference", "كتاب من");
        KeywordService service =
                new KeywordService(FixtureCorpus.registry(arabicTarget, arabicReference), FixtureCorpus.ANALYSIS);
        KeywordQuery withoutStopWords = new KeywordQuery(
                "ar-target", null, "ar-reference", null, Level.NORM, false, 0, null, null, 0, KeywordQuery.MAX_PAGE);

        KeywordResult result = service.keywords(withoutStopWords);

        // في (target only) and من (reference only) are stop words; كتاب stays, over N1 = 3 and N2 = 2:
        // a = 1, b = 1: per million 1/3·1e6 and 1/2·1e6; E1 = 3·2/5 = 1.2, E2 = 0.8;
        // G² = 2·(ln(1/1.2) + ln(1/0.8)) = 2·(−0.1823216 + 0.2231436) = 0.0816440, negative as 1/3 < 1/2
        assertThat(result.targetTokens()).isEqualTo(3);
        assertThat(result.referenceTokens()).isEqualTo(2);
        assertThat(result.rows()).extracting(KeywordRow::word).containsExactly("كتاب");
        assertThat(result.rows().get(0).perMillion()).isCloseTo(1_000_000 / 3.0, within(1e-6));
        assertThat(result.rows().get(0).logLikelihood()).isCloseTo(-0.0816440, within(1e-6));
    }

    @Test
    void across_two_corpora_words_are_matched_by_their_string_at_the_level() {
        // الكتاب and كتاب are two norms but one stem (the article al- is stripped)
        LoadedCorpus withArticle = FixtureCorpus.of("with-article", "الكتاب");
        LoadedCorpus without = FixtureCorpus.of("without", "كتاب كتاب");
        KeywordService service =
                new KeywordService(FixtureCorpus.registry(withArticle, without), FixtureCorpus.ANALYSIS);

        KeywordResult norm = service.keywords(new KeywordQuery(
                "with-article",
                null,
                "without",
                null,
                Level.NORM,
                true,
                0,
                null,
                KeywordMeasure.FREQ,
                0,
                KeywordQuery.MAX_PAGE));
        KeywordResult stem = service.keywords(new KeywordQuery(
                "with-article",
                null,
                "without",
                null,
                Level.STEM,
                true,
                0,
                null,
                KeywordMeasure.FREQ,
                0,
                KeywordQuery.MAX_PAGE));

        assertThat(norm.rows())
                .extracting(KeywordRow::word, KeywordRow::freq, KeywordRow::freqRef)
                .containsExactlyInAnyOrder(tuple("الكتاب", 1, 0), tuple("كتاب", 0, 2));
        // one word with a/N1 = 1 = b/N2: G² = 0, log_ratio = 0, percent_diff = 0, p = 1
        assertThat(stem.rows())
                .extracting(KeywordRow::word, KeywordRow::freq, KeywordRow::freqRef)
                .containsExactly(tuple("كتاب", 1, 2));
        KeywordRow even = stem.rows().get(0);
        assertThat(even.logLikelihood()).isCloseTo(0, within(EPS));
        assertThat(even.logRatio()).isCloseTo(0, within(EPS));
        assertThat(even.percentDiff()).isCloseTo(0, within(EPS));
        assertThat(even.pValue()).isCloseTo(1, within(EPS));
    }

    @Test
    void a_whole_corpus_against_itself_is_refused_and_so_is_an_empty_rest() {
        KeywordService service = service();
        assertThatThrownBy(() -> service.keywords(query("both", null, null, null, null, null, 1)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Choose a reference");
        LoadedCorpus one = FixtureCorpus.withSources("one", new String[] {"X"}, "a b");
        KeywordService single = new KeywordService(FixtureCorpus.registry(one), FixtureCorpus.ANALYSIS);
        assertThatThrownBy(() -> single.keywords(query("one", "source:X", null, null, null, null, 1)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("reference has no tokens");
    }

    @Test
    void the_export_gives_every_row_in_the_order_of_the_pages() {
        KeywordService service = service();
        List<KeywordRow> all = new ArrayList<>();
        service.forEachRow(query("target", null, "reference", null, null, null, 0), all::add);
        KeywordQuery secondPage =
                new KeywordQuery("target", null, "reference", null, Level.NORM, true, 0, null, null, 2, 2);

        assertThat(all).extracting(KeywordRow::word).containsExactly("a", "c", "d", "b", "e");
        assertThat(service.keywords(secondPage).rows())
                .extracting(KeywordRow::word)
                .containsExactly("d", "b");
    }
}
