package org.siyaq.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.testing.FixtureCorpus;

/**
 * Hits of {@code a} per source and over time, worked out by hand on four documents:
 * <pre>
 *   doc 0: "a b a"   X  2020-01-15   3 tokens, 2 hits
 *   doc 1: "a c"     Y  2020-03      2 tokens, 1 hit
 *   doc 2: "b b b b" X  2022         4 tokens, 0 hits
 *   doc 3: "a"       —  —            1 token,  1 hit
 * </pre>
 */
class MetadataDistributionServiceTest {

    private final LoadedCorpus corpus = FixtureCorpus.withSourcesAndDates(
            "dated",
            new String[] {"X", "Y", "X", null},
            new String[] {"2020-01-15", "2020-03", "2022", null},
            "a b a",
            "a c",
            "b b b b",
            "a");
    private final MetadataDistributionService service =
            new MetadataDistributionService(FixtureCorpus.registry(corpus), FixtureCorpus.queries());

    private List<ValueHits> rows(String field, Granularity granularity) {
        return service.distribution(new MetadataQuery("dated", null, "a", Level.NORM, field, granularity));
    }

    @Test
    void by_value_the_rows_come_with_the_most_hits_first_and_the_documents_without_a_value_last() {
        // X: docs 0 and 2, 3 + 4 = 7 tokens, 2 hits, 2/7·1e6 = 285,714.29; Y: doc 1, 2 tokens, 1 hit, 500,000;
        // no source: doc 3, 1 token, 1 hit, 1,000,000
        assertThat(rows("source", Granularity.VALUE))
                .extracting(ValueHits::value, ValueHits::documents, ValueHits::tokens, ValueHits::hits)
                .containsExactly(tuple("X", 2, 7L, 2), tuple("Y", 1, 2L, 1), tuple(null, 1, 1L, 1));
        assertThat(rows("source", Granularity.VALUE).get(0).perMillion())
                .isCloseTo(2e6 / 7, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void by_year_every_year_from_the_first_to_the_last_is_a_row_the_empty_ones_too() {
        // 2020: docs 0 and 1 (5 tokens, 3 hits, 600,000 per million); 2021: nothing; 2022: doc 2 (4 tokens, 0 hits)
        assertThat(rows("date", Granularity.YEAR))
                .extracting(
                        ValueHits::value,
                        ValueHits::documents,
                        ValueHits::tokens,
                        ValueHits::hits,
                        ValueHits::perMillion)
                .containsExactly(
                        tuple("2020", 2, 5L, 3, 600_000.0),
                        tuple("2021", 0, 0L, 0, 0.0),
                        tuple("2022", 1, 4L, 0, 0.0),
                        tuple(null, 1, 1L, 1, 1_000_000.0));
    }

    @Test
    void by_month_a_date_without_a_month_counts_with_the_undated_documents() {
        // 2020-01: doc 0 (3 tokens, 2 hits); 2020-02: nothing; 2020-03: doc 1 (2, 1); "2022" has no month, so it
        // joins doc 3 without a date: 2 documents, 4 + 1 = 5 tokens, 1 hit
        assertThat(rows("date", Granularity.MONTH))
                .extracting(ValueHits::value, ValueHits::documents, ValueHits::tokens, ValueHits::hits)
                .containsExactly(
                        tuple("2020-01", 1, 3L, 2),
                        tuple("2020-02", 0, 0L, 0),
                        tuple("2020-03", 1, 2L, 1),
                        tuple(null, 2, 5L, 1));
    }

    @Test
    void dates_are_read_as_a_year_and_an_optional_month_in_several_spellings() {
        assertThat(MetadataDistributionService.bucket("2021/6/30", Granularity.MONTH))
                .isEqualTo("2021-06");
        assertThat(MetadataDistributionService.bucket("2021.11", Granularity.YEAR))
                .isEqualTo("2021");
        assertThat(MetadataDistributionService.bucket("2021-13-01", Granularity.MONTH))
                .isNull();
        assertThat(MetadataDistributionService.bucket("June 2021", Granularity.YEAR))
                .isNull();
    }

    @Test
    void a_field_the_corpus_does_not_have_is_refused() {
        assertThatThrownBy(() -> rows("colour", Granularity.VALUE))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("colour");
    }
}
