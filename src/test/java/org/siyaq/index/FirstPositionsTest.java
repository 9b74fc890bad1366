package org.siyaq.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;

/**
 * A set of forms' count, documents and first positions, read from their postings without merging them
 * all, are those of the full merge ({@link CorpusIndex#positionsOfForms}): for sets of one form, of
 * many, of rare and frequent ones, with empty documents and documents a form skips.
 */
class FirstPositionsTest {

    private static final int FORMS = 400;

    private final Random random = new Random(20261202L);
    private final CorpusIndex index = index();

    private CorpusIndex index() {
        // skewed frequencies: form 0 takes every seventh token and more, most forms are rare
        int[] tokens = IntStream.range(0, 150_000)
                .map(p -> p % 7 == 0
                        ? 0
                        : (int) Math.min(FORMS - 1, Math.abs(random.nextGaussian() * random.nextGaussian()) * 40))
                .toArray();
        int[] docStart = new int[201];
        for (int d = 1; d < 200; d++) {
            docStart[d] = random.nextInt(tokens.length);
        }
        docStart[200] = tokens.length;
        docStart[50] = docStart[51] = docStart[52] = 62_345; // empty documents share a start
        Arrays.sort(docStart);
        String[][] levels = new String[Level.values().length][FORMS];
        for (Level level : Level.values()) {
            Arrays.setAll(levels[level.ordinal()], f -> "w" + (1000 + f));
        }
        return new CorpusIndex(new Lexicon(levels), tokens, docStart);
    }

    private int documentsOf(int[] positions) {
        BitSet docs = new BitSet();
        for (int p : positions) {
            docs.set(index.docOf(p));
        }
        return docs.cardinality();
    }

    private void check(int[] forms) {
        int[] all = index.positionsOfForms(forms);
        assertThat(index.countOfForms(forms)).isEqualTo(all.length);
        assertThat(index.documentsOfForms(forms, () -> {})).isEqualTo(documentsOf(all));
        for (int k : new int[] {0, 1, 2, 49, 50, 51, all.length - 1, all.length, all.length + 7}) {
            if (k >= 0) {
                assertThat(index.firstPositionsOfForms(forms, k))
                        .as("first %d of %s", k, Arrays.toString(forms))
                        .containsExactly(Arrays.copyOf(all, Math.min(k, all.length)));
            }
        }
    }

    @Test
    void one_form_frequent_or_rare_or_absent() {
        // form 0 has its documents kept, form 7 is read
        assertThat(index.formFreq(0)).isGreaterThanOrEqualTo(CorpusIndex.FREQUENT);
        assertThat(index.formFreq(7)).isLessThan(CorpusIndex.FREQUENT);
        check(new int[] {0});
        check(new int[] {7});
        check(new int[] {FORMS - 1});
        check(new int[0]);
    }

    @Test
    void many_forms_in_random_sets() {
        for (int round = 0; round < 60; round++) {
            int size = 2 + random.nextInt(round < 30 ? 6 : 120);
            int[] forms = random.ints(0, FORMS).distinct().limit(size).sorted().toArray();
            check(forms);
        }
        check(IntStream.range(0, FORMS).toArray());
    }

    @Test
    void the_count_of_documents_of_several_forms_ticks_every_65536_positions() {
        String[][] levels = new String[Level.values().length][3];
        for (Level level : Level.values()) {
            levels[level.ordinal()] = new String[] {"a", "b", "c"};
        }
        int[] tokens = new int[140_000]; // forms 0 and 1 in turn, form 2 once: 140,000 positions read, two ticks
        Arrays.setAll(tokens, p -> p % 2);
        tokens[5] = 2;
        CorpusIndex big = new CorpusIndex(new Lexicon(levels), tokens, new int[] {0, 70_000, tokens.length});
        AtomicInteger ticks = new AtomicInteger();
        assertThat(big.documentsOfForms(new int[] {0, 1, 2}, ticks::incrementAndGet))
                .isEqualTo(2);
        assertThat(ticks).hasValue(2);
        // one frequent form: its documents are kept, nothing is read
        assertThat(big.documentsOfForms(new int[] {0}, ticks::incrementAndGet)).isEqualTo(2);
        assertThat(big.documentsOfForms(new int[] {2}, ticks::incrementAndGet)).isEqualTo(1);
        assertThat(ticks).hasValue(2);
    }
}
