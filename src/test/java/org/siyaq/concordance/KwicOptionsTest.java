package org.siyaq.concordance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.query.QueryMatcher;
import org.siyaq.query.QueryParser;
import org.siyaq.query.QueryService;
import org.siyaq.testing.FixtureCorpus;

/** Sorting on several levels, a seeded sample and hidden lines, on orders worked out by hand. */
class KwicOptionsTest {

    // doc 0 tokens: 0 x, 1 b, 2 c, 3 x, 4 a, 5 d, 6 x, 7 b, 8 d, 9 x, 10 a, 11 c; doc 1: 0 y, 1 x, 2 a
    // the lines of x, as (doc:position, before1, after1, after2):
    //   0:0 (edge, b, c)  0:3 (c, a, d)  0:6 (d, b, d)  0:9 (d, a, c)  1:1 (y, a, edge)
    private final LoadedCorpus corpus = FixtureCorpus.of("opts", "x b c x a d x b d x a c", "y x a");
    private final ConcordanceService service = new ConcordanceService(
            FixtureCorpus.registry(corpus),
            new QueryService(new QueryParser(FixtureCorpus.ANALYSIS), new QueryMatcher(), Duration.ofSeconds(5)));

    private List<String> order(String sort, KwicOptions extra) {
        List<KwicSort> levels = KwicOptions.parseLevels(sort);
        KwicOptions options =
                new KwicOptions(levels.subList(1, levels.size()), extra.sample(), extra.seed(), extra.hidden());
        return service
                .search(new ConcordanceQuery("opts", null, "x", Level.NORM, 1, levels.getFirst(), 0, 100)
                        .withOptions(options))
                .lines()
                .stream()
                .map(l -> LineId.of(l).toString())
                .toList();
    }

    private List<String> order(String sort) {
        return order(sort, KwicOptions.NONE);
    }

    @Test
    void the_second_level_orders_the_lines_the_first_level_leaves_equal() {
        // after1 alone: a (0:3, 0:9, 1:1 in corpus order), b (0:0, 0:6)
        assertThat(order("after1")).containsExactly("0:3", "0:9", "1:1", "0:0", "0:6");
        // then after2: within a, edge (1:1) < c (0:9) < d (0:3); within b, c (0:0) < d (0:6)
        assertThat(order("after1,after2")).containsExactly("1:1", "0:9", "0:3", "0:0", "0:6");
        // the other way round: after2 edge (1:1); c: 0:0 (b), 0:9 (a) -> a first; d: 0:3 (a), 0:6 (b)
        assertThat(order("after2,after1")).containsExactly("1:1", "0:9", "0:0", "0:3", "0:6");
    }

    @Test
    void before1_then_node_then_after1_breaks_ties_level_by_level() {
        // before1: edge (0:0), c (0:3), d (0:6, 0:9), y (1:1); the node is x for all, so after1 splits d: a (0:9) < b
        // (0:6)
        assertThat(order("before1,node,after1")).containsExactly("0:0", "0:3", "0:9", "0:6", "1:1");
        // without the third level the tie stays in corpus order
        assertThat(order("before1,node")).containsExactly("0:0", "0:3", "0:6", "0:9", "1:1");
    }

    @Test
    void hidden_lines_leave_the_lines_and_the_totals() {
        ConcordanceResult result =
                service.search(new ConcordanceQuery("opts", null, "x", Level.NORM, 1, KwicSort.CORPUS, 0, 100)
                        .withOptions(new KwicOptions(List.of(), 0, 0, KwicOptions.parseHidden("1:1, 0:3"))));
        assertThat(result.lines()).extracting(l -> LineId.of(l).toString()).containsExactly("0:0", "0:6", "0:9");
        // 5 lines less 2; only document 0 keeps lines
        assertThat(result.total()).isEqualTo(3);
        assertThat(result.documents()).isEqualTo(1);
        List<String> exported = new ArrayList<>();
        service.forEachLine(
                new ConcordanceQuery("opts", null, "x", Level.NORM, 1, KwicSort.AFTER1, 0, 1)
                        .withOptions(new KwicOptions(List.of(), 0, 0, Set.of(new LineId(0, 3)))),
                l -> exported.add(LineId.of(l).toString()));
        assertThat(exported).as("the CSV's lines").containsExactly("0:9", "1:1", "0:0", "0:6");
    }

    @Test
    void a_sample_is_the_same_for_the_same_seed_and_keeps_its_lines_when_sorted_otherwise() {
        KwicOptions three = new KwicOptions(List.of(), 3, 42, Set.of());
        List<String> first = order("corpus", three);
        assertThat(first).hasSize(3).isEqualTo(order("corpus", three)).isSubsetOf("0:0", "0:3", "0:6", "0:9", "1:1");
        assertThat(order("after1,after2", three)).containsExactlyInAnyOrderElementsOf(first);
        // a hidden line of the sample leaves it and is not replaced
        KwicOptions hidden = new KwicOptions(List.of(), 3, 42, Set.of(LineId.parse(first.get(1))));
        assertThat(order("corpus", hidden)).containsExactly(first.get(0), first.get(2));
        // a sample as large as the result is the result
        assertThat(order("corpus", new KwicOptions(List.of(), 5, 1, Set.of())))
                .containsExactly("0:0", "0:3", "0:6", "0:9", "1:1");
    }

    @Test
    void selection_sampling_takes_each_line_equally_often_over_many_seeds() {
        // k = 3 of n = 10: each number in 3/10 of 20,000 samples = 6,000; a binomial's sd is
        // sqrt(20000 * 0.3 * 0.7) = 65, so 5,700 – 6,300 is more than 4.5 sd either side
        int[] counts = new int[10];
        for (long seed = 0; seed < 20_000; seed++) {
            int[] s = KwicOrder.sample(10, 3, seed);
            assertThat(s).hasSize(3).isSorted().doesNotHaveDuplicates();
            for (int i : s) {
                counts[i]++;
            }
        }
        assertThat(Arrays.stream(counts).min().orElseThrow()).isGreaterThan(5_700);
        assertThat(Arrays.stream(counts).max().orElseThrow()).isLessThan(6_300);
        assertThat(KwicOrder.sample(10, 3, 1)).isNotEqualTo(KwicOrder.sample(10, 3, 2));
    }

    @Test
    void malformed_options_are_a_bad_request() {
        assertThatThrownBy(() -> KwicOptions.parseLevels("after1,after2,after3,node"))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> KwicOptions.parseHidden("3-4")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new KwicOptions(List.of(), -1, 0, Set.of()))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(KwicOptions.writeHidden(KwicOptions.parseHidden("5:2,1:9,1:3")))
                .isEqualTo("1:3,1:9,5:2");
    }
}
