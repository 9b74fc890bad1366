package org.siyaq.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;

class PostingStartsTest {

    @Test
    void starts_are_the_sums_of_the_lengths_before_across_blocks_and_long_runs() {
        // 40 forms (blocks 0-15, 16-31, 32-39): lengths 1..40 bytes, with forms 3, 16 and 39 of 255, 1,000 and 70,000
        long[] length = new long[40];
        Arrays.setAll(length, f -> f + 1);
        length[3] = 255;
        length[16] = 1_000;
        length[39] = 70_000;
        PostingStarts starts = new PostingStarts(length);
        long at = 0;
        for (int f = 0; f < length.length; f++) {
            assertThat(starts.start(f)).as("form %d", f).isEqualTo(at);
            assertThat(starts.length(f)).isEqualTo(length[f]);
            at += length[f];
        }
        // form 17 starts after 1 + 2 + 3 + 255 + 5 + ... + 16 (forms 0-15: 136 - 4 + 255 = 387) and 1,000
        assertThat(starts.start(17)).isEqualTo(1_387);
        // 3 blocks × 4 bytes + 40 length bytes + 3 long runs × 8 bytes
        assertThat(starts.bytes()).isEqualTo(12 + 40 + 24);
    }

    @Test
    void every_form_s_positions_come_back_from_an_index_of_frequent_and_rare_forms() {
        // 300 forms, 60,000 tokens: form 0 about a third of them (far beyond 255 bytes of gaps), most forms a few
        Random random = new Random(14);
        int forms = 300;
        int[] tokens = IntStream.range(0, 60_000)
                .map(p -> random.nextInt(3) == 0 ? 0 : (int) Math.min(forms - 1, Math.abs(random.nextGaussian()) * 40))
                .toArray();
        String[][] levels = new String[Level.values().length][forms];
        for (String[] row : levels) {
            Arrays.setAll(row, f -> "w" + f);
        }
        CorpusIndex index = new CorpusIndex(new Lexicon(levels), tokens, new int[] {0, 30_000, 60_000});
        for (int f = 0; f < forms; f++) {
            int form = f;
            int[] expected = IntStream.range(0, tokens.length)
                    .filter(p -> tokens[p] == form)
                    .toArray();
            assertThat(index.positionsOfForms(new int[] {f})).as("form %d", f).isEqualTo(expected);
        }
    }
}
