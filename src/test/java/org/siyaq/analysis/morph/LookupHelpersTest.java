package org.siyaq.analysis.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The analysis's look-up helpers answer what the JDK's general methods answer, for the short Arabic strings it asks about. */
class LookupHelpersTest {

    private static String word(Random random, int maxLength) {
        // a few letters only, so that prefixes, suffixes and hash collisions are common
        String letters = "\u0627\u0644\u0648\u0628\u0647\u0645\u0629";
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(maxLength + 1);
        for (int i = 0; i < n; i++) {
            out.append(letters.charAt(random.nextInt(letters.length())));
        }
        return out.toString();
    }

    @Test
    void affixes_agree_with_startsWith_and_endsWith() {
        Random random = new Random(14);
        int matched = 0;
        for (int i = 0; i < 200_000; i++) {
            String w = word(random, 8);
            String a = word(random, 3);
            assertThat(Affixes.startsWith(w, a)).as("%s starts with %s", w, a).isEqualTo(w.startsWith(a));
            assertThat(Affixes.endsWith(w, a)).as("%s ends with %s", w, a).isEqualTo(w.endsWith(a));
            matched += w.startsWith(a) ? 1 : 0;
        }
        assertThat(matched).isGreaterThan(10_000); // the matching case was exercised, not only the failing one
    }

    @Test
    void a_string_table_gives_what_the_map_it_was_built_from_gives() {
        Random random = new Random(15);
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < 5_000; i++) {
            map.put(word(random, 6), i);
        }
        StringTable<Integer> table = new StringTable<>(map);
        assertThat(table.size()).isEqualTo(map.size());
        map.forEach((k, v) -> assertThat(table.get(k)).isEqualTo(v));
        int absent = 0;
        for (int i = 0; i < 100_000; i++) {
            String w = word(random, 7);
            assertThat(table.get(w)).isEqualTo(map.get(w));
            assertThat(table.containsKey(w)).isEqualTo(map.containsKey(w));
            assertThat(table.getOrDefault(w, -1)).isEqualTo(map.getOrDefault(w, -1));
            absent += map.containsKey(w) ? 0 : 1;
        }
        assertThat(absent).isGreaterThan(10_000);
        assertThat(new StringTable<Integer>(Map.of()).get("\u0643\u062A\u0628")).isNull();
    }
}
