package org.siyaq.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenStreamTest {

    @Test
    void ids_up_to_the_largest_three_bytes_hold_come_back_unchanged() {
        Random random = new Random(14);
        for (int bound : new int[] {1, 2, 255, 256, 65_535, 65_536, 65_537, 737_178, TokenStream.NARROW_BOUND}) {
            int[] ids = new int[1_000];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = i % 3 == 0 ? bound - 1 : random.nextInt(bound);
            }
            TokenStream stream = TokenStream.of(ids, bound);
            assertThat(stream.toArray()).as("bound %d", bound).isEqualTo(ids);
            for (int p = 0; p < ids.length; p++) {
                assertThat(stream.get(p)).isEqualTo(ids[p]);
            }
        }
    }

    @Test
    void a_token_takes_three_bytes_below_two_to_the_24_forms_and_four_from_there() {
        // 10 tokens: a char (2 bytes) and a byte each = 30 bytes; an int each = 40
        assertThat(TokenStream.of(new int[10], 737_178).bytes()).isEqualTo(30);
        int[] large = {0, TokenStream.NARROW_BOUND, 3, 0, 0, 0, 0, 0, 0, 0};
        TokenStream wide = TokenStream.of(large, TokenStream.NARROW_BOUND + 1);
        assertThat(wide.bytes()).isEqualTo(40);
        assertThat(wide.get(1)).isEqualTo(16_777_216);
        assertThat(wide.toArray(1, 3)).containsExactly(16_777_216, 3);
    }

    @Test
    void a_range_is_copied_where_it_is_asked_for() {
        TokenStream stream = TokenStream.of(new int[] {5, 70_000, 7, 0, 1}, 70_001);
        int[] out = new int[4];
        stream.get(1, 4, out, 1);
        assertThat(out).containsExactly(0, 70_000, 7, 0);
        assertThat(stream.toArray(3, 5)).containsExactly(0, 1);
        assertThat(stream.size()).isEqualTo(5);
        assertThat(TokenStream.of(new int[0], 0).toArray()).isEmpty();
    }

    @Test
    void an_id_outside_the_bound_or_a_position_outside_the_stream_is_refused() {
        assertThatThrownBy(() -> TokenStream.of(new int[] {0, 4}, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TokenStream.of(new int[] {-1}, 4)).isInstanceOf(IllegalArgumentException.class);
        TokenStream stream = TokenStream.of(new int[] {1, 2, 3}, 4);
        assertThatThrownBy(() -> stream.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> stream.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> stream.get(2, 4, new int[2], 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
