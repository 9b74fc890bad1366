package org.siyaq.analysis.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentValuesTest {

    private final List<String> computed = new ArrayList<>();
    private final RecentValues<String, Integer> lengths = new RecentValues<>(2, s -> {
        computed.add(s);
        return s.length();
    });

    @Test
    void a_key_asked_again_soon_is_answered_without_computing_it_again() {
        assertThat(lengths.get("ab")).isEqualTo(2);
        assertThat(lengths.get("abc")).isEqualTo(3);
        assertThat(lengths.get("ab")).isEqualTo(2);
        assertThat(lengths.get("abc")).isEqualTo(3);

        assertThat(computed).containsExactly("ab", "abc");
    }

    @Test
    void a_key_two_generations_old_is_computed_again() {
        // generations of two keys: [a b] is full when c comes, so c starts [c] and [a b] is the old one;
        // d fills [c d]; e finds it full, [c d] becomes the old one and [a b] is dropped
        for (String key : List.of("a", "b", "c", "d", "e")) {
            lengths.get(key);
        }
        lengths.get("d"); // still in the old generation: remembered, and carried into the current one
        lengths.get("a"); // dropped with its generation: computed again

        assertThat(computed).containsExactly("a", "b", "c", "d", "e", "a");
    }
}
