package org.siyaq.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link FormOrder} orders forms as {@link String#compareTo} orders their strings, and says which are equal. */
class FormOrderTest {

    @Test
    void prefixes_ties_beyond_the_key_and_equal_strings_come_out_in_string_order() {
        // the key holds 63 - 4 id bits = 59 bits; 5 distinct chars (a b c d x) plus the end need 3 bits a char,
        // so the key holds 19 chars: the two strings of 22 chars tie on the key and differ only in their last
        String[] strings = {
            "b", "ab", "", "a", "ab", "abc", "aaaaaaaaaaaaaaaaaaaaax", "aaaaaaaaaaaaaaaaaaaaad", "b", "ba", "a"
        };
        assertThat(sorted(strings)).containsExactly(byCompareTo(strings));
        FormOrder order = FormOrder.byPrefixKeys(strings);
        assertThat(equalToPrevious(order, strings)).containsExactly(expectedEqual(order, strings));
    }

    @Test
    void many_distinct_chars_and_random_arabic_words_come_out_in_string_order() {
        Random random = new Random(14);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(12);
            for (int c = 0; c < length; c++) {
                // mostly a few Arabic letters (long shared prefixes), sometimes any char of the BMP below surrogates
                b.append(random.nextInt(10) == 0 ? (char) random.nextInt(0xD800) : (char) (0x0627 + random.nextInt(4)));
            }
            words.add(b.toString());
        }
        words.addAll(words.subList(0, 3_000)); // repeats
        String[] strings = words.toArray(String[]::new);
        assertThat(sorted(strings)).containsExactly(byCompareTo(strings));
        FormOrder order = FormOrder.byPrefixKeys(strings);
        assertThat(equalToPrevious(order, strings)).containsExactly(expectedEqual(order, strings));
    }

    private static String[] sorted(String[] strings) {
        return Arrays.stream(FormOrder.byPrefixKeys(strings).forms())
                .mapToObj(f -> strings[f])
                .toArray(String[]::new);
    }

    private static String[] byCompareTo(String[] strings) {
        String[] copy = strings.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static Boolean[] equalToPrevious(FormOrder order, String[] strings) {
        Boolean[] out = new Boolean[strings.length - 1];
        for (int i = 1; i < strings.length; i++) {
            out[i - 1] = order.sameAsPrevious(i);
        }
        return out;
    }

    private static Boolean[] expectedEqual(FormOrder order, String[] strings) {
        Boolean[] out = new Boolean[strings.length - 1];
        for (int i = 1; i < strings.length; i++) {
            out[i - 1] = strings[order.forms()[i]].equals(strings[order.forms()[i - 1]]);
        }
        return out;
    }
}
