package org.siyaq.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Token;

/**
 * Documents interned a slice at a time (each slice's forms among themselves, then the slice's distinct forms into the
 * corpus's table) get the ids that interning their tokens one by one gives, whatever the slices' sizes.
 */
class SliceFormsTest {

    private final ArabicAnalysis analysis = new ArabicAnalysis();

    private static final List<String> TEXTS = List.of(
            "\u0643\u062a\u0628 \u0627\u0644\u0637\u0627\u0644\u0628 \u0627\u0644\u062f\u0631\u0633",
            "\u0627\u0644\u062f\u0631\u0633 \u062c\u062f\u064a\u062f. \u0643\u062a\u0628 \u0643\u062a\u0627\u0628\u0627",
            "Siyaq 2026 \u0643\u062a\u0627\u0628\u0627 \u0643\u062a\u0628 \u0642\u0631\u0623",
            "",
            "\u0642\u0631\u0623 \u0627\u0644\u0637\u0627\u0644\u0628 \u0645\u0639\u0627 2026");

    @Test
    void slices_of_any_size_give_the_ids_of_one_by_one_interning() {
        IndexBuilder oneByOne = new IndexBuilder(analysis);
        List<int[]> expected = new ArrayList<>();
        for (String text : TEXTS) {
            List<Token> tokens = analysis.tokenize(text);
            expected.add(oneByOne.addDocument(tokens));
        }
        for (int sliceSize = 1; sliceSize <= TEXTS.size(); sliceSize++) {
            IndexBuilder sliced = new IndexBuilder(analysis);
            List<int[]> got = new ArrayList<>();
            for (int from = 0; from < TEXTS.size(); from += sliceSize) {
                SliceForms slice = new SliceForms();
                List<int[]> local = new ArrayList<>();
                for (String text : TEXTS.subList(from, Math.min(TEXTS.size(), from + sliceSize))) {
                    local.add(slice.ids(analysis.tokenRun(text)));
                }
                int[] global = sliced.intern(slice);
                for (int[] ids : local) {
                    got.add(sliced.addDocument(ids, global, new int[0]));
                }
            }
            assertThat(got).as("slices of %d documents", sliceSize).containsExactlyElementsOf(expected);
            assertThat(sliced.forms()).isEqualTo(oneByOne.forms());
            assertThat(sliced.tokenCount()).isEqualTo(oneByOne.tokenCount());
        }
        assertThat(oneByOne.forms()).hasSizeGreaterThan(8);
    }
}
