package org.siyaq.concordance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.index.CorpusIndex;
import org.siyaq.index.Lexicon;

/** The window a collocate must fall in is the collocates table's: clipped at the document, the node left out. */
class CollocateFilterTest {

    // forms a=0 b=1 c=2 x=3 at every level; document 0: a b x c, document 1: b x
    private static final String[] FORMS = {"a", "b", "c", "x"};
    private static final CorpusIndex INDEX = new CorpusIndex(
            new Lexicon(
                    java.util.Collections.nCopies(Level.values().length, FORMS).toArray(String[][]::new)),
            new int[] {0, 1, 3, 2, 1, 3},
            new int[] {0, 4, 6});

    private static int type(String s) {
        return INDEX.lexicon().lookup(Level.NORM, s);
    }

    @Test
    void a_collocate_right_after_the_node_is_in_a_window_of_one_after() {
        assertThat(CollocateFilter.inWindow(INDEX, Level.NORM, type("c"), 2, 1, 0, 1))
                .isTrue();
        assertThat(CollocateFilter.inWindow(INDEX, Level.NORM, type("c"), 2, 1, 1, 0))
                .isFalse();
    }

    @Test
    void the_window_before_reaches_back_as_far_as_asked() {
        assertThat(CollocateFilter.inWindow(INDEX, Level.NORM, type("a"), 2, 1, 1, 0))
                .isFalse();
        assertThat(CollocateFilter.inWindow(INDEX, Level.NORM, type("a"), 2, 1, 2, 0))
                .isTrue();
    }

    @Test
    void the_window_stops_at_the_document_boundary() {
        // x in document 1 (position 5): c is at position 3, in document 0, within 2 tokens but across the boundary
        assertThat(CollocateFilter.inWindow(INDEX, Level.NORM, type("c"), 5, 1, 3, 3))
                .isFalse();
        assertThat(CollocateFilter.inWindow(INDEX, Level.NORM, type("b"), 5, 1, 3, 3))
                .isTrue();
    }

    @Test
    void the_node_own_tokens_do_not_count_as_its_collocate() {
        assertThat(CollocateFilter.inWindow(INDEX, Level.NORM, type("x"), 2, 1, 5, 5))
                .isFalse();
        // a two-token match b x: b is part of the node, not of its window
        assertThat(CollocateFilter.inWindow(INDEX, Level.NORM, type("b"), 1, 2, 0, 5))
                .isFalse();
    }
}
