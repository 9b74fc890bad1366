package org.siyaq.wordlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.index.CorpusIndex;
import org.siyaq.testing.FixtureCorpus;

/**
 * The frequency table against values worked out by hand. The fixture has three documents of
 * 5, 3 and 2 tokens (N = 10, shares s = 0.5, 0.3, 0.2):
 * <pre>
 *   doc 0: a b a c a      doc 1: b a d      doc 2: e b
 * </pre>
 */
class WordListServiceTest {

    private static final double EPS = 1e-9;
    private static final ArabicAnalysis ANALYSIS = FixtureCorpus.ANALYSIS;

    private final LoadedCorpus fixture = FixtureCorpus.of("fixture", "a b a c a", "b a d", "e b");

    private static WordListService service(LoadedCorpus... corpora) {
        return new WordListService(FixtureCorpus.registry(corpora), FixtureCorpus.queries(), ANALYSIS);
    }

    private static WordListQuery query(String corpus, Level level, boolean stopwords, int minFreq, String filter) {
        return new WordListQuery(corpus, null, level, stopwords, minFreq, filter, 0, WordListQuery.MAX_PAGE);
    }

    private static WordRow row(WordListResult result, String word) {
        return result.rows().stream()
                .filter(r -> r.word().equals(word))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void every_column_of_every_row_matches_the_hand_calculation() {
        WordListResult result = service(fixture).list(query("fixture", Level.NORM, true, 1, null));

        assertThat(result.totalRows()).isEqualTo(5);
        assertThat(result.rows()).extracting(WordRow::word).containsExactly("a", "b", "c", "d", "e");
        assertThat(result.rows()).extracting(WordRow::rank).containsExactly(1, 2, 3, 4, 5);

        // a: 3 in doc 0, 1 in doc 1 → freq 4, range 2, per million 4/10·1e6 = 400,000;
        // v = (3/4, 1/4, 0): |0.75−0.5| + |0.25−0.3| + |0−0.2| = 0.25 + 0.05 + 0.2 = 0.5 → DP = 0.25;
        // dp_norm = 0.25 / (1 − 0.2) = 0.3125
        check(row(result, "a"), 4, 400_000, 2, 0.25, 0.3125);
        // b: one in each document → v = 1/3 each: |1/3−0.5| + |1/3−0.3| + |1/3−0.2| = 5/30 + 1/30 + 4/30 = 1/3
        // → DP = 1/6; dp_norm = (1/6) / 0.8 = 0.208333…
        check(row(result, "b"), 3, 300_000, 3, 1.0 / 6, (1.0 / 6) / 0.8);
        // c: only in doc 0 → 0.5 + 0.3 + 0.2 = 1.0 → DP = 0.5; dp_norm = 0.5 / 0.8 = 0.625
        check(row(result, "c"), 1, 100_000, 1, 0.5, 0.625);
        // d: only in doc 1 → 0.5 + 0.7 + 0.2 = 1.4 → DP = 0.7; dp_norm = 0.7 / 0.8 = 0.875
        check(row(result, "d"), 1, 100_000, 1, 0.7, 0.875);
        // e: only in the smallest document → 0.5 + 0.3 + 0.8 = 1.6 → DP = 0.8, the largest DP possible,
        // so dp_norm = 0.8 / 0.8 = 1
        check(row(result, "e"), 1, 100_000, 1, 0.8, 1.0);
    }

    private static void check(WordRow row, int freq, double perMillion, int range, double dp, double dpNorm) {
        assertThat(row.freq()).as("freq of %s", row.word()).isEqualTo(freq);
        assertThat(row.perMillion()).as("per_million of %s", row.word()).isCloseTo(perMillion, within(EPS));
        assertThat(row.range()).as("range of %s", row.word()).isEqualTo(range);
        assertThat(row.dp()).as("dp of %s", row.word()).isCloseTo(dp, within(EPS));
        assertThat(row.dpNorm()).as("dp_norm of %s", row.word()).isCloseTo(dpNorm, within(EPS));
    }

    @Test
    void the_summary_gives_tokens_types_and_ttr_and_sttr_falls_back_to_ttr_below_1000_tokens() {
        WordListSummary summary = service(fixture)
                .list(query("fixture", Level.NORM, true, 1, null))
                .summary();

        // N = 5 + 3 + 2 = 10; types a b c d e = 5; TTR = 5/10 = 0.5; N < 1000 → STTR = TTR
        assertThat(summary.tokens()).isEqualTo(10);
        assertThat(summary.types()).isEqualTo(5);
        assertThat(summary.ttr()).isCloseTo(0.5, within(EPS));
        assertThat(summary.sttr()).isCloseTo(0.5, within(EPS));
    }

    @Test
    void sttr_averages_full_1000_token_chunks_of_the_concatenated_documents_and_drops_the_rest() {
        // doc 0: 600 tokens cycling w0..w3; doc 1: 400 more of w0..w3, then 1,000 cycling w0..w7,
        // then 500 distinct words u0..u499. N = 2,500.
        // chunk 1 = tokens 0–999 (crosses the document boundary): 4 types → TTR 0.004
        // chunk 2 = tokens 1000–1999: 8 types → TTR 0.008; tokens 2000–2499 are a shorter chunk, left out
        // STTR = (0.004 + 0.008) / 2 = 0.006; types = 8 + 500 = 508; TTR = 508 / 2,500 = 0.2032
        LoadedCorpus big = FixtureCorpus.of(
                "big", cycle(600, 4, "w"), cycle(400, 4, "w") + " " + cycle(1000, 8, "w") + " " + cycle(500, 500, "u"));
        WordListSummary summary =
                service(big).list(query("big", Level.NORM, true, 1, null)).summary();

        assertThat(summary.tokens()).isEqualTo(2500);
        assertThat(summary.types()).isEqualTo(508);
        assertThat(summary.ttr()).isCloseTo(0.2032, within(EPS));
        assertThat(summary.sttr()).isCloseTo(0.006, within(EPS));
    }

    private static String cycle(int tokens, int distinct, String prefix) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            text.append(i == 0 ? "" : " ").append(prefix).append(i % distinct);
        }
        return text.toString();
    }

    @Test
    void the_linear_time_dp_equals_gries_plain_formula_summed_over_every_document() {
        // uneven documents with words missing from some of them, so the documents without a word matter
        String[] texts = {"k l m k k n o k", "l l p", "m k q r s t u v w", "x", "k l y y z l k"};
        LoadedCorpus corpus = FixtureCorpus.of("plain", texts);
        CorpusIndex index = corpus.index();
        List<WordRow> rows = new ArrayList<>();
        service(corpus).forEachRow(query("plain", Level.NORM, true, 1, null), rows::add);

        double n = index.size();
        double minShare = 1;
        for (int d = 0; d < index.docCount(); d++) {
            minShare = Math.min(minShare, (index.docEnd(d) - index.docStart(d)) / n);
        }
        for (WordRow row : rows) {
            List<Map<String, Integer>> perDoc = counts(texts);
            double sum = 0;
            for (int d = 0; d < texts.length; d++) {
                double s = (index.docEnd(d) - index.docStart(d)) / n;
                double v = perDoc.get(d).getOrDefault(row.word(), 0) / (double) row.freq();
                sum += Math.abs(v - s);
            }
            assertThat(row.dp()).as("dp of %s", row.word()).isCloseTo(0.5 * sum, within(EPS));
            assertThat(row.dpNorm()).as("dp_norm of %s", row.word()).isCloseTo(0.5 * sum / (1 - minShare), within(EPS));
        }
        // k l m n o p q r s t u v w x y z
        assertThat(rows).hasSize(16);
    }

    private static List<Map<String, Integer>> counts(String[] texts) {
        List<Map<String, Integer>> out = new ArrayList<>();
        for (String text : texts) {
            Map<String, Integer> counts = new HashMap<>();
            for (String word : text.split(" ")) {
                counts.merge(word, 1, Integer::sum);
            }
            out.add(counts);
        }
        return out;
    }

    @Test
    void a_corpus_of_one_document_has_no_dispersion_to_normalize() {
        LoadedCorpus one = FixtureCorpus.of("one", "a b a");
        WordRow a = service(one)
                .list(query("one", Level.NORM, true, 1, null))
                .rows()
                .get(0);

        // one document: s = 1, v = 1 → DP = 0.5 · |1 − 1| = 0, and dp_norm is 0 by definition
        assertThat(a.word()).isEqualTo("a");
        assertThat(a.dp()).isZero();
        assertThat(a.dpNorm()).isZero();
    }

    @Test
    void leaving_out_stop_words_removes_their_rows_but_keeps_n_and_renumbers_the_ranks() {
        // في is on the stop list; in "في kitab في bayt في kitab": في 3, kitab 2, bayt 1; N = 6
        assertThat(ANALYSIS.isStopWord(ANALYSIS.norm("في"))).isTrue();
        LoadedCorpus corpus = FixtureCorpus.of("stop", "في kitab في bayt في kitab");
        WordListService service = service(corpus);

        WordListResult all = service.list(query("stop", Level.NORM, true, 1, null));
        WordListResult without = service.list(query("stop", Level.NORM, false, 1, null));

        assertThat(all.rows()).extracting(WordRow::word).containsExactly("في", "kitab", "bayt");
        assertThat(without.rows()).extracting(WordRow::word).containsExactly("kitab", "bayt");
        assertThat(without.rows()).extracting(WordRow::rank).containsExactly(1, 2);
        // N stays 6: kitab is still 2/6 · 1e6 = 333,333.33 per million
        assertThat(without.summary()).isEqualTo(all.summary());
        assertThat(without.summary().tokens()).isEqualTo(6);
        assertThat(without.rows().get(0).perMillion()).isCloseTo(2 / 6.0 * 1_000_000, within(EPS));
    }

    @Test
    void at_the_stem_level_a_type_is_a_stop_word_when_any_of_its_forms_has_a_stop_word_norm() {
        // التي is a stop word; its stem need not be on the list itself, but the stem type still goes
        String stopForm = "التي";
        assertThat(ANALYSIS.isStopWord(ANALYSIS.norm(stopForm))).isTrue();
        String stem = ANALYSIS.toLevel(stopForm, Level.STEM);
        LoadedCorpus corpus = FixtureCorpus.of("stem", stopForm + " kitab " + stopForm);
        WordListService service = service(corpus);

        assertThat(service.list(query("stem", Level.STEM, true, 1, null)).rows())
                .extracting(WordRow::word)
                .containsExactly(stem, "kitab");
        assertThat(service.list(query("stem", Level.STEM, false, 1, null)).rows())
                .extracting(WordRow::word)
                .containsExactly("kitab");
    }

    @Test
    void the_minimum_frequency_keeps_only_words_at_or_above_it() {
        WordListResult result = service(fixture).list(query("fixture", Level.NORM, true, 3, null));

        // a (4) and b (3) reach 3; c, d, e (1 each) do not
        assertThat(result.rows()).extracting(WordRow::word).containsExactly("a", "b");
        assertThat(result.totalRows()).isEqualTo(2);
    }

    @Test
    void a_regex_or_wildcard_filter_keeps_the_matching_words_ranked_among_themselves() {
        WordListService service = service(fixture);

        WordListResult regex = service.list(query("fixture", Level.NORM, true, 1, "/[bd]/"));
        assertThat(regex.rows()).extracting(WordRow::word).containsExactly("b", "d");
        assertThat(regex.rows()).extracting(WordRow::rank).containsExactly(1, 2);

        WordListResult wildcard = service.list(query("fixture", Level.NORM, true, 1, "e*"));
        assertThat(wildcard.rows()).extracting(WordRow::word).containsExactly("e");
        assertThat(wildcard.rows().get(0).freq()).isEqualTo(1);
    }

    @Test
    void a_filter_of_more_than_one_word_is_refused() {
        assertThatThrownBy(() -> service(fixture).list(query("fixture", Level.NORM, true, 1, "a b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one word");
    }

    @Test
    void words_of_equal_frequency_are_ordered_by_code_point_so_latin_comes_before_arabic() {
        // every word once: "z" (U+007A) < "ب" (U+0628) < "ت" (U+062A), whatever the order in the text
        LoadedCorpus corpus = FixtureCorpus.of("ties", "ت z ب");
        WordListResult result = service(corpus).list(query("ties", Level.FORM, true, 1, null));

        assertThat(result.rows()).extracting(WordRow::word).containsExactly("z", "ب", "ت");
    }

    @Test
    void a_page_carries_ranks_of_the_whole_table_and_the_export_streams_every_row_in_the_same_order() {
        WordListService service = service(fixture);
        WordListResult page = service.list(new WordListQuery("fixture", null, Level.NORM, true, 1, null, 1, 2));

        assertThat(page.totalRows()).isEqualTo(5);
        assertThat(page.offset()).isEqualTo(1);
        assertThat(page.rows()).extracting(WordRow::word).containsExactly("b", "c");
        assertThat(page.rows()).extracting(WordRow::rank).containsExactly(2, 3);

        List<WordRow> exported = new ArrayList<>();
        service.forEachRow(new WordListQuery("fixture", null, Level.NORM, true, 1, null, 1, 2), exported::add);
        assertThat(exported)
                .isEqualTo(service.list(query("fixture", Level.NORM, true, 1, null))
                        .rows());
    }

    @Test
    void a_root_row_shows_its_most_frequent_written_forms_and_a_form_row_none() {
        // root ق و ل: قال three times, يقول twice, القول once; كتب is another root
        LoadedCorpus corpus = FixtureCorpus.of("qwl", "قال يقول قال", "القول قال يقول كتب");
        WordListService service = service(corpus);
        WordRow qwl =
                service.list(query("qwl", Level.ROOT, true, 1, null)).rows().get(0);
        assertThat(qwl.word()).isEqualTo("قول");
        assertThat(qwl.freq()).isEqualTo(6);
        assertThat(qwl.forms()).containsExactly("قال", "يقول", "القول");
        assertThat(service.list(query("qwl", Level.FORM, true, 1, null))
                        .rows()
                        .get(0)
                        .forms())
                .isEmpty();
    }

    @Test
    void a_lemma_row_gathers_a_broken_plural_with_its_singular() {
        // الكتب "the books" and كتاب "a book" share the lemma كتاب; at norm they are two rows
        LoadedCorpus corpus = FixtureCorpus.of("ktb", "الكتب كتاب الكتب");
        WordRow row = service(corpus)
                .list(query("ktb", Level.LEMMA, true, 1, null))
                .rows()
                .get(0);
        assertThat(row.word()).isEqualTo("كتاب");
        assertThat(row.freq()).isEqualTo(3);
        assertThat(row.forms()).containsExactly("الكتب", "كتاب");
    }
}
