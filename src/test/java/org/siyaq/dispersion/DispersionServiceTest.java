package org.siyaq.dispersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.testing.FixtureCorpus;

/**
 * The dispersion plot's numbers against values worked out by hand, on the word list's fixture
 * (N = 10, document shares 0.5, 0.3, 0.2):
 * <pre>
 *   doc 0: a b a c a      doc 1: b a d      doc 2: e b
 * </pre>
 */
class DispersionServiceTest {

    private static final double EPS = 1e-9;

    private final LoadedCorpus fixture =
            FixtureCorpus.withSources("fixture", new String[] {"X", "Y", "Y"}, "a b a c a", "b a d", "e b");
    private final DispersionService service =
            new DispersionService(FixtureCorpus.registry(fixture), FixtureCorpus.queries());

    @Test
    void each_document_with_hits_is_a_strip_with_its_length_its_hit_positions_and_its_own_dp() {
        DispersionResult result = service.dispersion(new DispersionQuery("fixture", null, "a", Level.NORM, 0, 100));

        assertThat(result.hits()).isEqualTo(4);
        assertThat(result.documentsWithHits()).isEqualTo(2);
        assertThat(result.documents()).isEqualTo(3);
        assertThat(result.rows()).extracting(DocumentDispersion::docId).containsExactly(0, 1);
        DocumentDispersion first = result.rows().get(0);
        assertThat(first.tokens()).isEqualTo(5);
        assertThat(first.hits()).isEqualTo(3);
        assertThat(first.positions()).containsExactly(0, 2, 4);
        // L = 5 cut at ⌊k·5/10⌋ = 0 0 1 1 2 2 3 3 4 4 5: parts 1, 3, 5, 7, 9 hold tokens 0, 1, 2, 3, 4
        // (s = 0.2 each), the others are empty (s = 0). Hits in parts 1, 5, 9 (v = 1/3 each):
        // Σ|v − s| = 3·|1/3 − 0.2| + 2·0.2 = 0.4 + 0.4 = 0.8 → DP = 0.4
        assertThat(first.dp()).isCloseTo(0.4, within(EPS));
        DocumentDispersion second = result.rows().get(1);
        assertThat(second.positions()).containsExactly(1);
        // L = 3 cut at 0 0 0 0 1 1 1 2 2 2 3: parts 3, 6, 9 hold tokens 0, 1, 2 (s = 1/3 each);
        // the hit is in part 6 (v = 1): |1 − 1/3| + 1/3 + 1/3 = 4/3 → DP = 2/3
        assertThat(second.dp()).isCloseTo(2.0 / 3, within(EPS));
    }

    @Test
    void the_corpus_dp_of_the_hits_equals_the_word_lists_dp_of_the_word() {
        DispersionResult result = service.dispersion(new DispersionQuery("fixture", null, "a", Level.NORM, 0, 100));
        // as in WordListServiceTest: v = (3/4, 1/4, 0), s = (0.5, 0.3, 0.2) → DP = 0.5·0.5 = 0.25,
        // dp_norm = 0.25 / (1 − 0.2) = 0.3125
        assertThat(result.dp()).isCloseTo(0.25, within(EPS));
        assertThat(result.dpNorm()).isCloseTo(0.3125, within(EPS));
    }

    @Test
    void a_page_holds_only_its_documents_and_the_export_holds_all() {
        DispersionResult second = service.dispersion(new DispersionQuery("fixture", null, "b", Level.NORM, 1, 1));
        // b is in all three documents, at position 1, 0 and 1
        assertThat(second.totalRows()).isEqualTo(3);
        assertThat(second.rows()).extracting(DocumentDispersion::docId).containsExactly(1);
        assertThat(second.rows().get(0).positions()).containsExactly(0);
        List<DocumentDispersion> all = new ArrayList<>();
        service.forEachRow(new DispersionQuery("fixture", null, "b", Level.NORM, 0, 1), all::add);
        assertThat(all).extracting(DocumentDispersion::docId).containsExactly(0, 1, 2);
    }

    @Test
    void in_a_sub_corpus_documents_keep_their_ids_and_positions_count_from_their_own_start() {
        DispersionResult result = service.dispersion(
                new DispersionQuery("fixture", DocumentFilter.parse("source:Y"), "b", Level.NORM, 0, 100));
        assertThat(result.documents()).isEqualTo(2);
        assertThat(result.rows()).extracting(DocumentDispersion::docId).containsExactly(1, 2);
        assertThat(result.rows()).extracting(r -> r.positions()[0]).containsExactly(0, 1);
        // sub-corpus N = 5, shares 0.6 and 0.4, one b each (v = 0.5): 0.5·(0.1 + 0.1) = 0.1
        assertThat(result.dp()).isCloseTo(0.1, within(EPS));
    }
}
