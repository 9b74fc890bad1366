package org.siyaq.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;

/**
 * The lexicon keeps its strings in byte arenas (one byte a char for ASCII and Arabic, two for any
 * other string) and finds them by binary search; these tests check it gives back exactly what it was
 * built from, in the order the old String-and-HashMap lexicon gave (a sorted set in code-point order).
 */
class LexiconTest {

    /** Arabic, Latin, Arabic-Indic digits, a diacritic, Persian (outside the one-byte range), Latin-1, a supplementary char. */
    private static final String[] FORMS = {
        "\u0643\u062A\u0627\u0628",
        "\u0627\u0644\u0643\u062A\u0627\u0628",
        "abc",
        "\u0661\u0662",
        "\u0643\u064E\u062A\u064E\u0628",
        "\u06A9\u062A\u0627\u0628",
        "caf\u00E9",
        "\uD835\uDC00x",
        "\uFB50",
        "\u0643\u062A\u0627\u0628\u0647",
        "z",
    };

    @Test
    void every_string_comes_back_and_is_found_at_its_own_type_id() {
        String[][] levels = levels(FORMS);
        Lexicon lexicon = new Lexicon(levels);

        assertThat(lexicon.levelStrings()).isDeepEqualTo(levels);
        for (Level level : Level.values()) {
            for (int t = 0; t < lexicon.typeCount(level); t++) {
                assertThat(lexicon.lookup(level, lexicon.string(level, t))).isEqualTo(t);
            }
        }
        // NORM folds the last letter (see levels): كتاب and كتابه share one norm type, so 11 forms give 10 norms
        assertThat(lexicon.typeCount(Level.FORM)).isEqualTo(11);
        assertThat(lexicon.typeCount(Level.NORM)).isEqualTo(10);
    }

    @Test
    void type_ids_follow_code_point_order_even_above_the_basic_plane() {
        Lexicon lexicon = new Lexicon(levels(FORMS));
        List<String> expected = new ArrayList<>(new TreeSet<>(Lexicon::compareCodePoints) {
            {
                addAll(Arrays.asList(FORMS));
            }
        });
        List<String> actual = new ArrayList<>();
        for (int t = 0; t < lexicon.typeCount(Level.FORM); t++) {
            actual.add(lexicon.string(Level.FORM, t));
        }
        assertThat(actual).isEqualTo(expected);
        // U+1D400 (a surrogate pair in UTF-16) sorts after U+FB50, though its first UTF-16 unit (U+D835) is smaller
        assertThat(actual.indexOf("\uD835\uDC00x")).isGreaterThan(actual.indexOf("\uFB50"));
    }

    @Test
    void strings_the_corpus_lacks_are_not_found_not_even_a_prefix_or_an_extension() {
        Lexicon lexicon = new Lexicon(levels(FORMS));

        assertThat(lexicon.lookup(Level.FORM, "\u0643\u062A\u0627")).isEqualTo(-1);
        assertThat(lexicon.lookup(Level.FORM, "abcd")).isEqualTo(-1);
        assertThat(lexicon.lookup(Level.FORM, "")).isEqualTo(-1);
        assertThat(lexicon.lookup(Level.FORM, "\uD835\uDC00")).isEqualTo(-1);
        assertThat(lexicon.lookup(Level.FORM, "caf\u00E9")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void strings_of_255_bytes_and_more_keep_their_length_and_their_neighbours_their_place() {
        // 300 Arabic letters take 300 bytes, 200 Persian ones (two bytes a char) 400, 255 Latin letters exactly 255:
        // all three are past the one-byte length and are looked up in the table of long strings
        String[] forms = {"\u0628".repeat(300), "\u06A9".repeat(200), "a".repeat(255), "a".repeat(254), "b", "\u0628"};
        Lexicon lexicon = new Lexicon(levels(forms));
        for (String form : forms) {
            int t = lexicon.lookup(Level.FORM, form);
            assertThat(t).isGreaterThanOrEqualTo(0);
            assertThat(lexicon.string(Level.FORM, t)).isEqualTo(form);
        }
        assertThat(lexicon.levelStrings()).isDeepEqualTo(levels(forms));
    }

    @Test
    void a_large_random_vocabulary_round_trips_and_forms_of_a_type_are_the_forms_with_that_string() {
        Random random = new Random(7);
        String alphabet = "\u0627\u0628\u062A\u0644\u0645\u0646\u0647\u0648\u064A\u0629\u064Eab\u00E9\u06CC";
        Set<String> distinct = new LinkedHashSet<>();
        while (distinct.size() < 20_000) {
            StringBuilder w = new StringBuilder();
            for (int i = 1 + random.nextInt(9); i > 0; i--) {
                w.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextInt(500) == 0) {
                w.append("\uD83D\uDE00");
            }
            distinct.add(w.toString());
        }
        String[] forms = distinct.toArray(String[]::new);
        String[][] levels = levels(forms);
        Lexicon lexicon = new Lexicon(levels);

        assertThat(lexicon.levelStrings()).isDeepEqualTo(levels);
        TreeSet<String> norms = new TreeSet<>(Lexicon::compareCodePoints);
        norms.addAll(Arrays.asList(levels[Level.NORM.ordinal()]));
        assertThat(lexicon.typeCount(Level.NORM)).isEqualTo(norms.size());
        int t = 0;
        for (String norm : norms) {
            assertThat(lexicon.string(Level.NORM, t)).isEqualTo(norm);
            assertThat(lexicon.lookup(Level.NORM, norm)).isEqualTo(t);
            t++;
        }
        int type = lexicon.typeOf(Level.NORM, 123);
        int[] expected = java.util.stream.IntStream.range(0, forms.length)
                .filter(f -> levels[Level.NORM.ordinal()][f].equals(levels[Level.NORM.ordinal()][123]))
                .toArray();
        assertThat(lexicon.formsOf(Level.NORM, type)).containsExactly(expected);
    }

    /**
     * Level strings made up for the test, for every level there is: FORM is the form itself; every other
     * level drops a final {@code ه}, and each level after NORM drops one more char at the end, so the
     * later levels have fewer types than forms.
     */
    private static String[][] levels(String[] forms) {
        String[][] out = new String[Level.values().length][forms.length];
        for (Level level : Level.values()) {
            for (int f = 0; f < forms.length; f++) {
                String s = forms[f];
                if (level != Level.FORM && s.length() > 1 && s.endsWith("\u0647")) {
                    s = s.substring(0, s.length() - 1);
                }
                int cut = Math.max(0, level.ordinal() - Level.NORM.ordinal());
                out[level.ordinal()][f] = cut > 0 && s.length() > cut ? s.substring(0, s.length() - cut) : s;
            }
        }
        return out;
    }
}
