package org.siyaq.concordance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.testing.FixtureCorpus;

/** A concordance context measured in sentences, and CQL hits of several tokens as one node. */
class SentenceContextTest {

    // sentences (Arabic comma and semicolon end one): [x b node d.] [y a node c،] [z] | [c node a؛] [e node b] | [node]
    private final LoadedCorpus corpus = FixtureCorpus.withSources(
            "kwic", new String[] {"s1", "s2", "s1"}, "x b node d. y a node c، z", "c node a؛ e node b", "node");
    private final ConcordanceService service =
            new ConcordanceService(FixtureCorpus.registry(corpus), FixtureCorpus.queries());

    private List<String> lines(String query, int sentences, DocumentFilter where) {
        ConcordanceQuery q = new ConcordanceQuery("kwic", where, query, Level.NORM, 7, KwicSort.CORPUS, 0, 100)
                .withSentences(sentences);
        return service.search(q).lines().stream()
                .map(l -> l.before() + "[" + l.node() + "]" + l.after())
                .toList();
    }

    @Test
    void one_sentence_of_context_is_the_hits_own_sentence() {
        assertThat(lines("node", 1, null))
                .containsExactly("x b [node] d", "y a [node] c", "c [node] a", "e [node] b", "[node]");
    }

    @Test
    void two_sentences_add_one_sentence_each_side_within_the_document() {
        assertThat(lines("node", 2, null))
                .containsExactly(
                        "x b [node] d. y a node c",
                        "x b node d. y a [node] c، z",
                        "c [node] a؛ e node b",
                        "c node a؛ e [node] b",
                        "[node]");
    }

    @Test
    void a_sub_corpus_keeps_its_documents_sentences() {
        // documents 0 and 2 (source s1): the second line is the one of "y a node c"
        assertThat(lines("node", 1, DocumentFilter.parse("source:s1")))
                .containsExactly("x b [node] d", "y a [node] c", "[node]");
    }

    @Test
    void a_cql_hit_of_several_tokens_is_one_node() {
        // "node" then up to one any token then "c": "node c" (doc0), and "node a؛ e node b" has none
        assertThat(lines("\"node\" []? \"c\"", 1, null)).containsExactly("y a [node c]");
    }

    @Test
    void sentences_beyond_five_are_refused() {
        assertThatThrownBy(() -> lines("node", 6, null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("sentences must be between 0 and 5 (0: context in words), not 6.");
    }
}
