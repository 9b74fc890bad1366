package org.siyaq.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The form table against a {@code LinkedHashMap}: the same ids, in first-seen order, for any sequence of forms. */
class FormTableTest {

    @Test
    void ids_are_given_in_first_seen_order_and_equal_forms_share_one() {
        Random random = new Random(20261202L);
        Map<String, Integer> expected = new LinkedHashMap<>();
        FormTable table = new FormTable();
        List<String> seen = new ArrayList<>();
        // enough distinct forms to grow the table many times; about one token in three repeats an earlier form
        for (int i = 0; i < 60_000; i++) {
            String form =
                    !seen.isEmpty() && random.nextInt(3) == 0 ? seen.get(random.nextInt(seen.size())) : word(random);
            seen.add(form);
            int want = expected.computeIfAbsent(form, f -> expected.size());
            assertThat(table.intern(form)).isEqualTo(want);
        }
        assertThat(table.size()).isEqualTo(expected.size()).isGreaterThan(10_000);
        expected.forEach((form, id) -> assertThat(table.form(id)).isEqualTo(form));
    }

    @Test
    void forms_whose_hashes_collide_keep_their_own_ids() {
        // "Aa" and "BB" have the same String hash, and so do all their concatenations
        FormTable table = new FormTable();
        List<String> colliding = List.of("AaAa", "AaBB", "BBAa", "BBBB");
        for (String form : colliding) {
            assertThat(form.hashCode()).isEqualTo("AaAa".hashCode());
        }
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < colliding.size(); i++) {
                assertThat(table.intern(colliding.get(i))).isEqualTo(i);
            }
        }
        assertThat(table.size()).isEqualTo(4);
    }

    @Test
    void a_form_is_read_from_its_place_in_a_buffer() {
        FormTable table = new FormTable();
        char[] buffer = "xx\u0643\u062a\u0628yy\u0643\u062a\u0628".toCharArray();
        int first = table.intern(buffer, 2, 3);
        assertThat(table.intern(buffer, 7, 3)).isEqualTo(first);
        assertThat(table.intern(buffer, 2, 2)).isNotEqualTo(first);
        assertThat(table.form(first)).isEqualTo("\u0643\u062a\u0628");
        assertThat(table.length(first)).isEqualTo(3);
    }

    private static String word(Random random) {
        int length = 1 + random.nextInt(8);
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            // Arabic letters, and now and then a Latin one
            word.append(
                    random.nextInt(10) == 0 ? (char) ('a' + random.nextInt(26)) : (char) (0x0621 + random.nextInt(26)));
        }
        return word.toString();
    }
}
