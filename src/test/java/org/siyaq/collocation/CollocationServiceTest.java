package org.siyaq.collocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.testing.FixtureCorpus;

/**
 * Collocates against values worked out by hand. The fixture (N = 14), corpus positions in brackets:
 * <pre>
 *   doc 0: a[0] n[1] b[2] n[3] c[4] d[5] a[6] n[7]
 *   doc 1: b[8] a[9] e[10] c[11] e[12] f[13]
 * </pre>
 * Corpus frequencies C1: a 3, n 3, b 2, c 2, e 2, d 1, f 1. Node {@code n} (f_node = 3) with 2 tokens
 * before and 1 after: the windows of n[1] are {0} and {2}; of n[3], {1, 2} and {4}; of n[7], {5, 6}
 * and nothing after, because doc 0 ends there (b[8] is in the next document). Their union is
 * {0, 1, 2, 4, 5, 6}: R1 = 6, R2 = 8. b[2] is in two windows and counts once; the node token n[1] is
 * in the window of n[3] and counts. O11: a 2, n 1, b 1, c 1, d 1.
 */
class CollocationServiceTest {

    private static final double EPS = 1e-6;

    private final LoadedCorpus fixture = FixtureCorpus.of("fixture", "a n b n c d a n", "b a e c e f");

    private static CollocationService service(LoadedCorpus corpus) {
        return new CollocationService(FixtureCorpus.registry(corpus), FixtureCorpus.queries(), FixtureCorpus.ANALYSIS);
    }

    private static CollocationQuery query(String node, int minO11, int minC1, CollocationMeasure sort) {
        return new CollocationQuery(
                "fixture", null, node, Level.NORM, 2, 1, minO11, minC1, true, sort, 0, CollocationQuery.MAX_PAGE);
    }

    private static CollocateRow row(CollocationResult result, String word) {
        return result.rows().stream()
                .filter(r -> r.word().equals(word))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_region_is_the_union_of_windows_clipped_at_the_document_edge() {
        CollocationResult result = service(fixture).collocates(query("n", 1, 1, CollocationMeasure.O11));

        assertThat(result.nodeFreq()).isEqualTo(3);
        assertThat(result.regionSize()).isEqualTo(6);
        assertThat(result.tokens()).isEqualTo(14);
        // counting b[2] twice would give b 2 and R1 = 7; not clipping at the document would add b[8]
        assertThat(result.rows())
                .extracting(CollocateRow::word, CollocateRow::o11, CollocateRow::c1)
                .containsExactly(
                        tuple("a", 2, 3), tuple("b", 1, 2), tuple("c", 1, 2), tuple("d", 1, 1), tuple("n", 1, 3));
    }

    @Test
    void every_measure_of_a_matches_the_hand_calculation() {
        CollocationResult result = service(fixture).collocates(query("n", 2, 2, CollocationMeasure.LOG_LIKELIHOOD));

        // with the defaults (O11 ≥ 2, C1 ≥ 2) only a is left
        assertThat(result.rows()).extracting(CollocateRow::word).containsExactly("a");
        CollocateRow a = result.rows().get(0);
        // O11 = 2, C1 = 3, R1 = 6, N = 14; O12 = 4, O21 = 1, O22 = 14 − 6 − 3 + 2 = 7; R2 = 8, C2 = 11
        assertThat(a.o11()).isEqualTo(2);
        assertThat(a.c1()).isEqualTo(3);
        // E11 = 6 · 3 / 14 = 1.285714
        assertThat(a.e11()).isCloseTo(18.0 / 14, within(EPS));
        // mi = log2(2 / 1.285714) = log2(1.555556) = 0.637430
        assertThat(a.mi()).isCloseTo(0.637430, within(EPS));
        // mi3 = log2(8 / 1.285714) = log2(6.222222) = 2.637430
        assertThat(a.mi3()).isCloseTo(2.637430, within(EPS));
        // t = (2 − 1.285714) / √2 = 0.714286 / 1.414214 = 0.505076
        assertThat(a.tScore()).isCloseTo(0.505076, within(EPS));
        // z = 0.714286 / √1.285714 = 0.714286 / 1.133893 = 0.629941
        assertThat(a.zScore()).isCloseTo(0.629941, within(EPS));
        // E12 = 6·11/14 = 4.714286, E21 = 8·3/14 = 1.714286, E22 = 8·11/14 = 6.285714
        // G² = 2 · (2 ln(2/1.285714) + 4 ln(4/4.714286) + 1 ln(1/1.714286) + 7 ln(7/6.285714))
        //    = 2 · (0.883666 − 0.657212 − 0.538997 + 0.753415) = 2 · 0.440871 = 0.881743, positive as O11 > E11
        assertThat(a.logLikelihood()).isCloseTo(0.881743, within(EPS));
        // dice = 2 · 2 / (3 + 3) = 0.666667; log_dice = 14 + log2(0.666667) = 14 − 0.584963 = 13.415037
        assertThat(a.dice()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(a.logDice()).isCloseTo(13.415037, within(EPS));
        // delta_p = 2/6 − 1/8 = 0.333333 − 0.125 = 0.208333
        assertThat(a.deltaP()).isCloseTo(0.208333, within(EPS));
        // log_ratio = log2((2/6) / (1/8)) = log2(2.666667) = 1.415037
        assertThat(a.logRatio()).isCloseTo(1.415037, within(EPS));
        // p = P(χ²₁ > 0.881743) = erfc(√(0.881743 / 2)) = erfc(0.663982) = 0.347725
        assertThat(a.pValue()).isCloseTo(0.347725, within(EPS));
    }

    @Test
    void a_collocate_below_expectation_gets_a_negative_log_likelihood() {
        CollocateRow n = row(service(fixture).collocates(query("n", 1, 1, CollocationMeasure.O11)), "n");

        // n: O11 = 1, C1 = 3 → E11 = 1.285714 > O11; O12 = 5, O21 = 2, O22 = 6
        // G² = 2 · (1 ln(1/1.285714) + 5 ln(5/4.714286) + 2 ln(2/1.714286) + 6 ln(6/6.285714))
        //    = 2 · (−0.251314 + 0.294203 + 0.308301 − 0.279120) = 0.144139, negative as O11 < E11
        assertThat(n.logLikelihood()).isCloseTo(-0.144139, within(EPS));
        // the p-value is taken at |G²|: erfc(√(0.144139 / 2)) = 0.704201
        assertThat(n.pValue()).isCloseTo(0.704201, within(EPS));
        // mi = log2(1 / 1.285714) = −0.362570; t = (1 − 1.285714) / 1 = −0.285714
        assertThat(n.mi()).isCloseTo(-0.362570, within(EPS));
        assertThat(n.tScore()).isCloseTo(-0.285714, within(EPS));
        // delta_p = 1/6 − 2/8 = −0.083333; log_ratio = log2((1/6) / (2/8)) = log2(0.666667) = −0.584963
        assertThat(n.deltaP()).isCloseTo(-0.083333, within(EPS));
        assertThat(n.logRatio()).isCloseTo(-0.584963, within(EPS));
    }

    @Test
    void a_collocate_found_only_in_the_region_puts_half_a_token_for_its_zero_count_elsewhere() {
        CollocateRow d = row(service(fixture).collocates(query("n", 1, 1, CollocationMeasure.O11)), "d");

        // d: O11 = 1, C1 = 1 → O21 = 0; E11 = 6/14 = 0.428571
        // log_ratio = log2((1/6) / (0.5/8)) = log2(2.666667) = 1.415037; delta_p = 1/6 − 0/8 = 0.166667
        assertThat(d.logRatio()).isCloseTo(1.415037, within(EPS));
        assertThat(d.deltaP()).isCloseTo(1.0 / 6, within(EPS));
        // G² = 2 · (1 ln(1/0.428571) + 5 ln(5/5.571429) + 0 · ln 0 + 8 ln(8/7.428571))
        //    = 2 · (0.847298 − 0.541068 + 0 + 0.592864) = 1.798187
        assertThat(d.logLikelihood()).isCloseTo(1.798187, within(EPS));
        // z = (1 − 0.428571) / √0.428571 = 0.872872; dice = 2 / (3 + 1) = 0.5; log_dice = 14 + log2(0.5) = 13
        assertThat(d.zScore()).isCloseTo(0.872872, within(EPS));
        assertThat(d.dice()).isCloseTo(0.5, within(EPS));
        assertThat(d.logDice()).isCloseTo(13.0, within(EPS));
        // mi3 = log2(1 / 0.428571) = mi = 1.222392
        assertThat(d.mi3()).isCloseTo(1.222392, within(EPS));
    }

    @Test
    void the_minimum_c1_filters_rows_independently_of_the_minimum_o11() {
        CollocationResult result = service(fixture).collocates(query("n", 1, 2, CollocationMeasure.O11));

        // d (C1 = 1) goes; a, b, c, n (C1 ≥ 2) stay
        assertThat(result.rows()).extracting(CollocateRow::word).containsExactly("a", "b", "c", "n");
        assertThat(result.totalRows()).isEqualTo(4);
    }

    @Test
    void rows_sort_by_the_chosen_measure_with_ties_in_code_point_order_and_p_values_ascending() {
        CollocationService service = service(fixture);

        // mi: d 1.222392, a 0.637430, b and c both log2(1 / (12/14)) = 0.222392 (tie → b, c), n −0.362570
        assertThat(service.collocates(query("n", 1, 1, CollocationMeasure.MI)).rows())
                .extracting(CollocateRow::word)
                .containsExactly("d", "a", "b", "c", "n");
        // p-values: d 0.179932, a 0.347725, n 0.704201, b = c 0.826226 (tie → b, c)
        assertThat(service.collocates(query("n", 1, 1, CollocationMeasure.P_VALUE))
                        .rows())
                .extracting(CollocateRow::word)
                .containsExactly("d", "a", "n", "b", "c");
        // signed G²: d 1.798187, a 0.881743, b = c 0.048200, n −0.144139
        assertThat(service.collocates(query("n", 1, 1, CollocationMeasure.LOG_LIKELIHOOD))
                        .rows())
                .extracting(CollocateRow::word)
                .containsExactly("d", "a", "b", "c", "n");
    }

    @Test
    void a_phrase_node_spans_its_tokens_and_leaves_them_out_of_its_window() {
        CollocationResult result = service(fixture).collocates(query("n b", 1, 1, CollocationMeasure.O11));

        // "n b" occurs once, at [1, 2]: window {0} before (clipped at the document start) and {3} after
        assertThat(result.nodeFreq()).isEqualTo(1);
        assertThat(result.regionSize()).isEqualTo(2);
        assertThat(result.rows())
                .extracting(CollocateRow::word, CollocateRow::o11)
                .containsExactly(tuple("a", 1), tuple("n", 1));
    }

    @Test
    void a_window_on_one_side_only_takes_no_token_from_the_other() {
        CollocationQuery rightOnly = new CollocationQuery(
                "fixture",
                null,
                "n",
                Level.NORM,
                0,
                1,
                1,
                1,
                true,
                CollocationMeasure.O11,
                0,
                CollocationQuery.MAX_PAGE);
        CollocationResult result = service(fixture).collocates(rightOnly);

        // one token after each n: b[2], c[4], and nothing after n[7] (end of doc 0) → R1 = 2
        assertThat(result.regionSize()).isEqualTo(2);
        assertThat(result.rows()).extracting(CollocateRow::word).containsExactly("b", "c");
    }

    @Test
    void excluding_stop_words_drops_their_rows_but_not_their_tokens_from_the_region_or_n() {
        // node n; في before and after each n; N = 7, R1 = 4 (في at 0, 2, 5 and k at 3)
        LoadedCorpus corpus = FixtureCorpus.of("stop", "في n في k n في", "k");
        CollocationService service = service(corpus);
        CollocationQuery with = new CollocationQuery(
                "stop", null, "n", Level.NORM, 1, 1, 1, 1, true, CollocationMeasure.O11, 0, CollocationQuery.MAX_PAGE);
        CollocationQuery without = new CollocationQuery(
                "stop", null, "n", Level.NORM, 1, 1, 1, 1, false, CollocationMeasure.O11, 0, CollocationQuery.MAX_PAGE);

        CollocationResult all = service.collocates(with);
        CollocationResult some = service.collocates(without);

        assertThat(all.rows()).extracting(CollocateRow::word).containsExactly("في", "k");
        assertThat(some.rows()).extracting(CollocateRow::word).containsExactly("k");
        assertThat(some.regionSize()).isEqualTo(all.regionSize()).isEqualTo(4);
        assertThat(some.tokens()).isEqualTo(all.tokens()).isEqualTo(7);
        // k: O11 = 1, C1 = 2, E11 = 4 · 2 / 7 = 1.142857, the same whether في is shown or not
        assertThat(some.rows().get(0)).isEqualTo(row(all, "k"));
        assertThat(some.rows().get(0).e11()).isCloseTo(8.0 / 7, within(EPS));
    }

    @Test
    void a_collocate_shows_its_most_frequent_written_forms_on_the_page_and_in_the_export() {
        // at norm أحمد, احمد and إحمد are one collocate احمد of the node k; written احمد twice, أحمد once and
        // إحمد once: احمد first, then the two written once in code-point order (U+0623 before U+0625)
        LoadedCorpus corpus = FixtureCorpus.of("forms", "k احمد k أحمد", "k احمد k إحمد");
        CollocationService service = service(corpus);
        CollocationQuery q = new CollocationQuery(
                "forms", null, "k", Level.NORM, 0, 1, 1, 1, true, CollocationMeasure.O11, 0, CollocationQuery.MAX_PAGE);

        assertThat(row(service.collocates(q), "احمد").forms()).containsExactly("احمد", "أحمد", "إحمد");
        List<CollocateRow> exported = new ArrayList<>();
        service.forEachRow(q, exported::add);
        assertThat(exported).extracting(CollocateRow::forms).containsExactly(List.of("احمد", "أحمد", "إحمد"));
    }

    @Test
    void a_page_is_a_slice_of_the_sorted_table_and_the_export_streams_all_of_it() {
        CollocationService service = service(fixture);
        CollocationResult page = service.collocates(
                new CollocationQuery("fixture", null, "n", Level.NORM, 2, 1, 1, 1, true, CollocationMeasure.MI, 1, 2));

        assertThat(page.totalRows()).isEqualTo(5);
        assertThat(page.rows()).extracting(CollocateRow::word).containsExactly("a", "b");

        List<CollocateRow> exported = new ArrayList<>();
        service.forEachRow(
                new CollocationQuery("fixture", null, "n", Level.NORM, 2, 1, 1, 1, true, CollocationMeasure.MI, 1, 2),
                exported::add);
        assertThat(exported).extracting(CollocateRow::word).containsExactly("d", "a", "b", "c", "n");
    }

    @Test
    void the_p_value_agrees_with_known_chi_squared_tails_and_stays_above_zero_for_huge_g2() {
        // 3.841459 is the 5 % critical value of χ² with one degree of freedom
        assertThat(AssociationMeasures.pValue(3.841458820694124)).isCloseTo(0.05, within(1e-12));
        assertThat(AssociationMeasures.pValue(0)).isEqualTo(1.0);
        // P(χ²₁ > 100) = erfc(√50) = 1.5239706e−23, where 1 − cdf is exactly 0 in doubles
        assertThat(AssociationMeasures.pValue(100)).isCloseTo(1.5239706048320995e-23, within(1e-30));
        assertThat(AssociationMeasures.pValue(-100)).isEqualTo(AssociationMeasures.pValue(100));
        // P(χ²₁ > 400) = erfc(√200) = 5.5072482e−89
        assertThat(AssociationMeasures.pValue(400) / 5.507248237212385e-89).isCloseTo(1.0, within(1e-9));
    }
}
