package org.siyaq.concordance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.query.QueryMatcher;
import org.siyaq.query.QueryParser;
import org.siyaq.query.QueryService;
import org.siyaq.testing.FixtureCorpus;

class ConcordanceServiceTest {

    // Latin fixture so that every sort order can be read at a glance; Arabic below for the display rules.
    private final LoadedCorpus corpus =
            FixtureCorpus.of("kwic", "x b node d. y a node c, z", "c node a; e node b", "node");
    private final ConcordanceService service = new ConcordanceService(
            FixtureCorpus.registry(corpus),
            new QueryService(new QueryParser(FixtureCorpus.ANALYSIS), new QueryMatcher(), Duration.ofSeconds(5)));

    private List<KwicLine> lines(String query, KwicSort sort, int context) {
        return service.search(new ConcordanceQuery("kwic", null, query, Level.NORM, context, sort, 0, 100))
                .lines();
    }

    private static List<String> nodeContexts(List<KwicLine> lines) {
        return lines.stream()
                .map(l -> l.before() + "[" + l.node() + "]" + l.after())
                .toList();
    }

    @Test
    void lines_come_in_corpus_order_with_the_original_text_and_punctuation() {
        assertThat(nodeContexts(lines("node", KwicSort.CORPUS, 2)))
                .containsExactly("x b [node] d. y", "y a [node] c, z", "c [node] a; e", "a; e [node] b", "[node]");
    }

    @Test
    void totals_count_hits_and_documents() {
        ConcordanceResult result =
                service.search(new ConcordanceQuery("kwic", null, "node", Level.NORM, 1, KwicSort.CORPUS, 1, 2));
        assertThat(result.total()).isEqualTo(5);
        assertThat(result.documents()).isEqualTo(3);
        assertThat(result.offset()).isEqualTo(1);
        assertThat(result.lines()).hasSize(2);
        assertThat(result.lines().get(0).docId()).isZero();
        assertThat(result.lines().get(1).docId()).isEqualTo(1);
        assertThat(result.lines().get(1).position()).isEqualTo(1);
    }

    @Test
    void sorting_by_the_first_word_after_puts_document_ends_first_then_code_point_order() {
        // after1 words: d, c, a, b, (none) -> none, a, b, c, d
        assertThat(lines("node", KwicSort.AFTER1, 1))
                .extracting(KwicLine::after)
                .containsExactly("", " a", " b", " c", " d");
    }

    @Test
    void sorting_by_the_first_word_before_reads_the_word_just_before_the_node() {
        // before1 words: b, a, c, e, (none)
        assertThat(lines("node", KwicSort.BEFORE1, 1))
                .extracting(KwicLine::before)
                .containsExactly("", "a ", "b ", "c ", "e ");
    }

    @Test
    void sorting_by_the_second_word_before_skips_one_word() {
        // before2 words line by line: x, y, none (doc1 starts with c), a, none (doc2 is one token)
        List<KwicLine> sorted = lines("node", KwicSort.BEFORE2, 2);
        assertThat(nodeContexts(sorted))
                .containsExactly("c [node] a; e", "[node]", "a; e [node] b", "x b [node] d. y", "y a [node] c, z");
    }

    @Test
    void sorting_by_the_second_and_third_word_after_uses_reading_order() {
        // after2: doc0#1 -> y, doc0#2 -> z, doc1#1 -> e, doc1#2 -> none, doc2 -> none
        assertThat(lines("node", KwicSort.AFTER2, 0))
                .extracting(l -> l.docId() + ":" + l.position())
                .containsExactly("1:4", "2:0", "1:1", "0:2", "0:6");
        // after3: doc0#1 -> a, doc0#2 -> none, doc1#1 -> node, others none
        assertThat(lines("node", KwicSort.AFTER3, 0))
                .extracting(l -> l.docId() + ":" + l.position())
                .containsExactly("0:6", "1:4", "2:0", "0:2", "1:1");
    }

    @Test
    void sorting_by_the_node_orders_by_the_nodes_string_then_corpus_order() {
        LoadedCorpus words = FixtureCorpus.of("nodes", "bat cat ant cat bat dog");
        ConcordanceService s = new ConcordanceService(
                FixtureCorpus.registry(words),
                new QueryService(new QueryParser(FixtureCorpus.ANALYSIS), new QueryMatcher(), Duration.ofSeconds(5)));
        var result = s.search(new ConcordanceQuery("nodes", null, "/.*t/", Level.NORM, 0, KwicSort.NODE, 0, 10));
        assertThat(result.lines())
                .extracting(l -> l.node() + l.position())
                .containsExactly("ant2", "bat0", "bat4", "cat1", "cat3");
    }

    @Test
    void offsets_point_into_the_original_document_text() {
        KwicLine line = lines("node", KwicSort.CORPUS, 1).get(1);
        String text = "x b node d. y a node c, z";
        assertThat(text.substring(line.nodeStart(), line.nodeEnd())).isEqualTo("node");
        assertThat(text.substring(line.beforeStart(), line.afterEnd())).isEqualTo("a node c");
    }

    @Test
    void an_arabic_line_keeps_diacritics_and_punctuation_as_written() {
        LoadedCorpus arabic = FixtureCorpus.of("ar", "قالَ الوزيرُ: «المحادثاتُ مع روسيا مستمرة».");
        ConcordanceService s = new ConcordanceService(
                FixtureCorpus.registry(arabic),
                new QueryService(new QueryParser(FixtureCorpus.ANALYSIS), new QueryMatcher(), Duration.ofSeconds(5)));
        KwicLine line = s.search(new ConcordanceQuery("ar", null, "المحادثات", Level.NORM, 2, KwicSort.CORPUS, 0, 10))
                .lines()
                .get(0);
        assertThat(line.before()).isEqualTo("قالَ الوزيرُ: «");
        assertThat(line.node()).isEqualTo("المحادثاتُ");
        assertThat(line.after()).isEqualTo(" مع روسيا");
    }

    @Test
    void the_distribution_counts_hits_per_document_with_per_million() {
        List<DocumentHits> dist = service.distribution("kwic", null, "node", Level.NORM);
        assertThat(dist).extracting(DocumentHits::hits).containsExactly(2, 2, 1);
        // doc1 has 6 tokens: 2 / 6 * 1,000,000
        assertThat(dist.get(1).perMillion()).isCloseTo(333_333.333, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void for_each_line_streams_every_line_in_the_sorted_order() {
        List<String> all = new ArrayList<>();
        service.forEachLine(
                new ConcordanceQuery("kwic", null, "node", Level.NORM, 1, KwicSort.AFTER1, 0, 1),
                l -> all.add(l.after()));
        assertThat(all).containsExactly("", " a", " b", " c", " d");
    }
}
