package org.siyaq.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceStartsTest {

    @Test
    void document_and_sentence_starts_are_merged_once_each_and_only_inside_the_tokens() {
        // 3 documents over 12 tokens: starts 0, 5, 5 (an empty one), end 12; sentences at 2, 5 (again), 9, 12 (the end)
        SentenceStarts s = SentenceStarts.merge(new int[] {0, 5, 5, 12}, new int[] {9, 2, 5, 12});
        assertThat(s.toArray()).containsExactly(0, 2, 5, 9);
        assertThat(s.count()).isEqualTo(4);
        assertThat(s.start(2)).isEqualTo(5);
        // token 4 is in the sentence that starts at 2 (number 1); token 11 in the one from 9 (number 3)
        assertThat(s.sentenceOf(4)).isEqualTo(1);
        assertThat(s.sentenceOf(11)).isEqualTo(3);
        assertThat(s.next(3)).isEqualTo(5);
        assertThat(s.next(10)).isEqualTo(12);
    }

    @Test
    void rank_select_and_next_agree_with_a_binary_search_of_the_sorted_starts() {
        Random random = new Random(14);
        for (int size : new int[] {1, 63, 64, 65, 1_000, 10_000}) {
            for (double density : new double[] {0.001, 0.13, 0.9}) {
                int[] docStart = {0, size / 3, size};
                int[] sentences = random.ints(size, 0, size)
                        .filter(p -> random.nextDouble() < density)
                        .toArray();
                int[] expected = oldMerge(docStart, sentences);
                SentenceStarts s = SentenceStarts.merge(docStart, sentences);
                assertThat(s.toArray()).isEqualTo(expected);
                assertThat(s.count()).isEqualTo(expected.length);
                for (int k = 0; k < expected.length; k++) {
                    assertThat(s.start(k)).isEqualTo(expected[k]);
                }
                for (int p = 0; p < size; p++) {
                    int i = Arrays.binarySearch(expected, p);
                    assertThat(s.sentenceOf(p)).as("size %d, token %d", size, p).isEqualTo(i >= 0 ? i : -i - 2);
                    int next = i >= 0 ? expected[i] : -i - 1 < expected.length ? expected[-i - 1] : size;
                    assertThat(s.next(p)).isEqualTo(next);
                }
            }
        }
    }

    @Test
    void a_start_costs_a_bit_and_a_half_a_token_where_it_cost_four_bytes_a_sentence() {
        // 6,400 tokens: 100 words of 64 bits (800 bytes) and 100 counts (400 bytes), whatever the sentences
        SentenceStarts s = SentenceStarts.merge(new int[] {0, 6_400}, new int[] {10, 20, 30});
        assertThat(s.bytes()).isEqualTo(1_200);
    }

    /** The merge as it was, on an {@code int} per start (sorted, distinct, below the end). */
    private static int[] oldMerge(int[] docStart, int[] sentenceStarts) {
        int end = docStart[docStart.length - 1];
        int[] all = Arrays.copyOf(docStart, docStart.length - 1 + sentenceStarts.length);
        System.arraycopy(sentenceStarts, 0, all, docStart.length - 1, sentenceStarts.length);
        Arrays.sort(all);
        int n = 0;
        for (int s : all) {
            if (s < end && (n == 0 || all[n - 1] != s)) {
                all[n++] = s;
            }
        }
        return Arrays.copyOf(all, n);
    }
}
