package org.siyaq.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenCodecTest {

    @Test
    void ids_round_trip_including_large_ones() {
        int[] ids = {0, 1, 127, 128, 16_383, 16_384, 2_000_000, Integer.MAX_VALUE};
        assertThat(TokenCodec.decodeIds(TokenCodec.encodeIds(ids))).containsExactly(ids);
    }

    @Test
    void small_ids_take_one_byte_each() {
        assertThat(TokenCodec.encodeIds(new int[] {1, 2, 3, 100})).hasSize(5);
    }

    @Test
    void offsets_round_trip_for_random_documents() {
        Random random = new Random(42);
        int n = 1000;
        int[] starts = new int[n];
        int[] ends = new int[n];
        int at = 0;
        for (int i = 0; i < n; i++) {
            at += random.nextInt(5);
            starts[i] = at;
            at += 1 + random.nextInt(12);
            ends[i] = at;
        }
        int[][] decoded = TokenCodec.decodeOffsets(TokenCodec.encodeOffsets(starts, ends));
        assertThat(decoded[0]).containsExactly(starts);
        assertThat(decoded[1]).containsExactly(ends);
    }

    @Test
    void the_first_offsets_alone_are_those_of_the_whole() {
        int[] starts = {0, 4, 9, 15, 30};
        int[] ends = {3, 8, 14, 29, 31};
        byte[] bytes = TokenCodec.encodeOffsets(starts, ends);
        int[][] first = TokenCodec.decodeOffsets(bytes, 3);
        assertThat(first[0]).containsExactly(0, 4, 9);
        assertThat(first[1]).containsExactly(3, 8, 14);
        assertThat(TokenCodec.decodeOffsets(bytes, 99)[1]).containsExactly(ends);
    }
}
