package org.siyaq.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The {@code root} and {@code lemma} levels against hand-checked gold lists
 * ({@code src/test/resources/org/siyaq/analysis/morph/gold-*.tsv}), class by class, with ISRI (the old
 * {@code root}) on the same root list. The floors are the accuracies measured when the lists were made,
 * rounded down, so a regression in any class fails; the table is printed for the record.
 */
class GoldListTest {

    private static final ArabicAnalysis ANALYSIS = new ArabicAnalysis();

    private record Entry(String word, String expected, String kind) {}

    /** Right and total per class, and the words that were wrong. */
    private record Score(Map<String, int[]> byClass, List<String> misses) {
        double accuracy(String kind) {
            int[] c = byClass.get(kind);
            return (double) c[0] / c[1];
        }

        double overall() {
            int right = 0;
            int total = 0;
            for (int[] c : byClass.values()) {
                right += c[0];
                total += c[1];
            }
            return (double) right / total;
        }
    }

    private static List<Entry> read(String name) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (InputStream in = GoldListTest.class.getResourceAsStream("/org/siyaq/analysis/morph/" + name)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length >= 3) { // a fourth column, where there is one, says why
                    out.add(new Entry(f[0], f[1], f[2]));
                }
            }
        }
        return out;
    }

    private static Score score(List<Entry> entries, UnaryOperator<String> level, UnaryOperator<String> expected) {
        Map<String, int[]> byClass = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Entry e : entries) {
            String got = level.apply(ANALYSIS.cleanQueryWord(e.word()));
            boolean right = got.equals(expected.apply(e.expected()));
            int[] c = byClass.computeIfAbsent(e.kind(), k -> new int[2]);
            c[0] += right ? 1 : 0;
            c[1]++;
            if (!right) {
                misses.add(e.kind() + " " + e.word() + " -> " + got + " (gold " + e.expected() + ")");
            }
        }
        return new Score(byClass, misses);
    }

    private static void print(String title, Score ours, Score isri) {
        StringBuilder table = new StringBuilder(title).append('\n');
        ours.byClass()
                .forEach((kind, c) -> table.append(String.format(
                        "%-15s %3d/%3d %5.1f%%%s%n",
                        kind,
                        c[0],
                        c[1],
                        100.0 * c[0] / c[1],
                        isri == null
                                ? ""
                                : String.format(
                                        "   ISRI %3d/%3d %5.1f%%",
                                        isri.byClass().get(kind)[0], c[1], 100 * isri.accuracy(kind)))));
        table.append(String.format(
                "%-15s %5.1f%%%s%n",
                "all",
                100 * ours.overall(),
                isri == null ? "" : String.format("   ISRI %5.1f%%", 100 * isri.overall())));
        ours.misses().forEach(m -> table.append("  miss: ").append(m).append('\n'));
        System.out.println(table);
    }

    /**
     * The first list ({@code gold-roots.tsv}, 202 words) was in view while the morphology was mended; the second
     * ({@code gold-roots-new.tsv}, 103 common words) was written afterwards and scored 79.6% at its first run; it
     * was then used, with the first, to develop the third session's rules, so it is no longer held out. Both are
     * printed and the floors hold on the whole.
     */
    @Test
    void roots_meet_their_floor_in_every_class_and_beat_isri() throws IOException {
        List<Entry> first = read("gold-roots.tsv");
        List<Entry> added = read("gold-roots-new.tsv");
        List<Entry> gold = new ArrayList<>(first);
        gold.addAll(added);
        print("root, first list", rootScore(first), isriScore(first));
        print("root, words added afterwards", rootScore(added), isriScore(added));
        Score ours = rootScore(gold);
        Score isri = isriScore(gold);
        print("root, both lists", ours, isri);
        assertThat(first).hasSizeGreaterThanOrEqualTo(200);
        assertThat(added).hasSizeGreaterThanOrEqualTo(60);
        // measured 97.0% (196/202) on the first list, 85.4% (88/103) on the second (79.6% before the function words,
        // the imperfective reading of participles and the short imperfectives), 93.1% (284/305) on both; after the
        // fourth pass 98.0% (198/202), 92.2% (95/103), 96.1% (293/305); after the sixth 98.5% (199/202), 94.2%
        // (97/103), 97.0% (296/305)
        assertThat(ours.overall()).isGreaterThanOrEqualTo(0.96);
        assertThat(rootScore(added).overall()).isGreaterThanOrEqualTo(0.94);
        assertThat(ours.accuracy("sound")).isGreaterThanOrEqualTo(0.95);
        assertThat(ours.overall()).isGreaterThan(isri.overall());
        for (String kind : ours.byClass().keySet()) {
            assertThat(ours.accuracy(kind)).as(kind).isGreaterThanOrEqualTo(FLOORS.getOrDefault(kind, 0.85));
        }
    }

    /**
     * The third list ({@code gold-roots-held.tsv}, 210 common words over every class, a comment per word) was
     * written and scored before the third session changed any code, and was not used to choose the rules: its
     * figure is the honest one. Measured before: 82.4% (173/210; ISRI 52.9%); after: 87.6% (184/210). The fourth
     * session developed on it (so it is no longer held out): 93.8% (197/210). Floors per class a little below.
     */
    @Test
    void the_held_out_list_meets_its_floor_in_every_class_and_beats_isri() throws IOException {
        assertHeldOutFloors("gold-roots-held.tsv", "root, held-out list", 200, 0.93, HELD_FLOORS);
    }

    /**
     * Prints a held-out list's table and asserts its size, its overall floor, that it beats ISRI, and a floor per
     * class (85% where the map names none).
     */
    /** The lemma level on {@code file}: at least {@code minSize} words, {@code overall} right, {@code perClass} in each class. */
    private static void assertLemmaFloors(String file, String title, int minSize, double overall, double perClass)
            throws IOException {
        List<Entry> gold = read(file);
        Score ours = score(gold, form -> ANALYSIS.toLevel(form, Level.LEMMA), ANALYSIS::norm);
        print(title, ours, null);
        assertThat(gold).hasSizeGreaterThanOrEqualTo(minSize);
        assertThat(ours.overall()).isGreaterThanOrEqualTo(overall);
        for (String kind : ours.byClass().keySet()) {
            assertThat(ours.accuracy(kind)).as(kind).isGreaterThanOrEqualTo(perClass);
        }
    }

    private static void assertHeldOutFloors(
            String file, String title, int minSize, double overallFloor, Map<String, Double> floors)
            throws IOException {
        List<Entry> gold = read(file);
        Score ours = rootScore(gold);
        Score isri = isriScore(gold);
        print(title, ours, isri);
        assertThat(gold).hasSizeGreaterThanOrEqualTo(minSize);
        assertThat(ours.overall()).isGreaterThanOrEqualTo(overallFloor);
        assertThat(ours.overall()).isGreaterThan(isri.overall());
        for (String kind : ours.byClass().keySet()) {
            assertThat(ours.accuracy(kind)).as(kind).isGreaterThanOrEqualTo(floors.getOrDefault(kind, 0.85));
        }
    }

    /**
     * Per-class floors on the third list: measured after the fourth pass 10/11 assimilated, 17/19 broken plurals,
     * 13/14 clitics, 17/18 defective, 18/20 masdars of derived forms, 12/13 doubled, 22/22 function words, 16/17
     * hamzated, 24/25 hollow, 16/18 nouns of place and instrument, 16/16 quadriliterals, 16/17 sound.
     */
    private static final Map<String, Double> HELD_FLOORS = Map.ofEntries(
            Map.entry("assimilated", 0.90),
            Map.entry("broken_plural", 0.89),
            Map.entry("clitic", 0.92),
            Map.entry("defective", 0.94),
            Map.entry("derived_masdar", 0.90),
            Map.entry("doubled", 0.92),
            Map.entry("function_word", 0.95),
            Map.entry("hamzated", 0.94),
            Map.entry("hollow", 0.96),
            Map.entry("place_instrument", 0.88),
            Map.entry("quadriliteral", 0.95),
            Map.entry("sound", 0.94));

    /**
     * The fourth list ({@code gold-roots-fourth.tsv}, 303 common words over every class, a comment per word) was
     * written in session 5 before any root change of that session, without looking at the root code or the other
     * lists, and is not for tuning. The floors are the first measurement on this unseen list, a little below it.
     */
    @Test
    void the_fourth_held_out_list_meets_its_floor_in_every_class_and_beats_isri() throws IOException {
        assertHeldOutFloors(
                "gold-roots-fourth.tsv", "root, fourth held-out list", 240, FOURTH_OVERALL_FLOOR, FOURTH_FLOORS);
    }

    /**
     * First measurement on the fourth list, unseen until then: 85.1% (258/303; ISRI 49.8%, 151/303). Per class 28/32
     * assimilated, 30/35 broken plurals, 21/30 defective, 29/31 derived forms, 25/26 doubled, 18/18 function words,
     * 22/24 hamzated, 31/33 hollow, 9/21 name of God, 17/25 quadriliterals, 28/28 sound.
     *
     * <p>Then, with the fifth session's root rules (developed on the other three lists, without this one): 90.4%
     * (274/303): 28/32 assimilated, 33/35 broken plurals, 22/30 defective, 30/31 derived forms, 25/26 doubled, 18/18
     * function words, 23/24 hamzated, 31/33 hollow, 17/21 name of God, 19/25 quadriliterals, 28/28 sound. Each floor
     * allows one word fewer than that ((right - 1) / total, rounded down to the hundredth), so a regression of two
     * words in a class fails.
     *
     * <p>After the sixth session's rules (which fixed this list's known misses): 96.4% (292/303), with 32/32
     * assimilated, 34/35 broken plurals, 28/30 defective, 32/33 hollow, 21/21 name of God, 20/25 quadriliterals; the
     * floors of those classes raised to one word fewer.
     */
    private static final double FOURTH_OVERALL_FLOOR = 0.96;

    private static final Map<String, Double> FOURTH_FLOORS = Map.ofEntries(
            Map.entry("assimilated", 0.96),
            Map.entry("broken_plural", 0.94),
            Map.entry("defective", 0.90),
            Map.entry("derived_form", 0.93),
            Map.entry("doubled", 0.92),
            Map.entry("function_word", 0.94),
            Map.entry("hamzated", 0.91),
            Map.entry("hollow", 0.93),
            Map.entry("name_of_god", 0.95),
            Map.entry("quadriliteral", 0.76),
            Map.entry("sound", 0.96));

    /**
     * The fifth list ({@code gold-roots-fifth.tsv}, 327 common words of news and classical prose over twelve classes,
     * a comment per word) was written in session 6 before any root change of that session and before the analyzer's
     * answers on its words were looked at; no word of the other four lists is in it.
     */
    @Test
    void the_fifth_held_out_list_meets_its_floor_in_every_class_and_beats_isri() throws IOException {
        assertHeldOutFloors(
                "gold-roots-fifth.tsv", "root, fifth held-out list", 300, FIFTH_OVERALL_FLOOR, FIFTH_FLOORS);
    }

    /**
     * First measurement on the fifth list, unseen until then: 88.4% (289/327; ISRI 54.1%, 177/327). Per class 24/25
     * assimilated, 34/39 broken plurals, 20/24 words with clitics, 22/31 defective, 38/40 derived forms, 22/24 doubled,
     * 18/18 function words, 26/31 hamzated, 23/28 hollow, 13/16 name of God, 17/18 quadriliterals, 32/33 sound. The
     * floors were those figures rounded down to the hundredth.
     *
     * <p>After the sixth session's rules (which fixed this list's misses that come from a general rule, and the
     * fourth list's known ones): 93.0% (304/327): 24/25 assimilated, 35/39 broken plurals, 20/24 clitics, 24/31
     * defective, 39/40 derived forms, 22/24 doubled, 18/18 function words, 30/31 hamzated, 27/28 hollow, 16/16 name of
     * God, 17/18 quadriliterals, 32/33 sound; the floors now are these, rounded down to the hundredth. After the
     * seventh session's: 93.6% (306/327; 36/39 broken plurals with الأيدي, 21/24 clitics with وأمه).
     */
    private static final double FIFTH_OVERALL_FLOOR = 0.92;

    private static final Map<String, Double> FIFTH_FLOORS = Map.ofEntries(
            Map.entry("assimilated", 0.96),
            Map.entry("broken_plural", 0.89),
            Map.entry("clitic", 0.83),
            Map.entry("defective", 0.77),
            Map.entry("derived_form", 0.97),
            Map.entry("doubled", 0.91),
            Map.entry("function_word", 1.00),
            Map.entry("hamzated", 0.96),
            Map.entry("hollow", 0.96),
            Map.entry("name_of_god", 1.00),
            Map.entry("quadriliteral", 0.94),
            Map.entry("sound", 0.96));

    /**
     * The sixth list ({@code gold-roots-sixth.tsv}, 486 common words of news and classical prose over twelve classes,
     * many inflected and with clitics, a comment per word) was written blind in session 7: committed alone (3b4f0e0)
     * before any code was run on its words; no word of the other five lists is in it.
     */
    @Test
    void the_sixth_held_out_list_meets_its_floor_in_every_class_and_beats_isri() throws IOException {
        assertHeldOutFloors(
                "gold-roots-sixth.tsv", "root, sixth held-out list", 480, SIXTH_OVERALL_FLOOR, SIXTH_FLOORS);
    }

    /**
     * First measurement on the sixth list, unseen until then, on analyzer version 7: 89.7% (436/486; ISRI 50.2%,
     * 244/486). Per class 28/28 assimilated (ISRI 23), 50/57 broken plurals (31), 29/33 words with clitics (20), 38/45
     * defective (12), 67/69 derived forms (51), 34/40 doubled (13), 27/27 function words (15), 46/53 hamzated (3),
     * 49/56 hollow (23), 12/13 name of God (0), 11/20 quadriliterals (9), 45/45 sound (44).
     *
     * <p>After the seventh session's rules (chosen on this list's misses, so a development figure, not a held-out
     * one): 91.6% (445/486): 55/57 broken plurals, 39/45 defective, 47/53 hamzated, 50/56 hollow, 13/13 name of God,
     * the other classes as before; the floors are these figures rounded down to the hundredth.
     */
    private static final double SIXTH_OVERALL_FLOOR = 0.91;

    private static final Map<String, Double> SIXTH_FLOORS = Map.ofEntries(
            Map.entry("assimilated", 1.00),
            Map.entry("broken_plural", 0.96),
            Map.entry("clitic", 0.87),
            Map.entry("defective", 0.86),
            Map.entry("derived_form", 0.97),
            Map.entry("doubled", 0.85),
            Map.entry("function_word", 1.00),
            Map.entry("hamzated", 0.88),
            Map.entry("hollow", 0.89),
            Map.entry("name_of_god", 1.00),
            Map.entry("quadriliteral", 0.55),
            Map.entry("sound", 1.00));

    /**
     * The seventh list ({@code gold-roots-seventh.tsv}, 423 common words of news and classical prose over twelve
     * classes) was written blind in session 7 by a helper who ran no code on its words and did not see the rules of
     * that session, which were chosen on the sixth list; committed alone (973d22b) and first measured on analyzer
     * version 8; no word of the other six lists is in it.
     */
    @Test
    void the_seventh_held_out_list_meets_its_floor_in_every_class_and_beats_isri() throws IOException {
        assertHeldOutFloors(
                "gold-roots-seventh.tsv", "root, seventh held-out list", 420, SEVENTH_OVERALL_FLOOR, SEVENTH_FLOORS);
    }

    /**
     * First measurement on the seventh list, unseen until then, on analyzer version 8: 92.2% (390/423; ISRI 48.7%,
     * 206/423). Per class 33/34 assimilated (ISRI 23), 39/43 broken plurals (33), 30/33 words with clitics (21), 35/39
     * defective (15), 51/52 derived forms (39), 39/44 doubled (19), 20/21 function words (3), 43/47 hamzated (1), 38/41
     * hollow (10), 13/14 name of God (0), 14/20 quadriliterals (8), 35/35 sound (34). The floors are those figures
     * rounded down to the hundredth. On version 9: 92.9% (393/423; 41/43 broken plurals, 31/33 clitics).
     */
    private static final double SEVENTH_OVERALL_FLOOR = 0.92;

    private static final Map<String, Double> SEVENTH_FLOORS = Map.ofEntries(
            Map.entry("assimilated", 0.97),
            Map.entry("broken_plural", 0.90),
            Map.entry("clitic", 0.90),
            Map.entry("defective", 0.89),
            Map.entry("derived_form", 0.98),
            Map.entry("doubled", 0.88),
            Map.entry("function_word", 0.95),
            Map.entry("hamzated", 0.91),
            Map.entry("hollow", 0.92),
            Map.entry("name_of_god", 0.92),
            Map.entry("quadriliteral", 0.70),
            Map.entry("sound", 1.00));

    /**
     * The eighth list ({@code gold-roots-eighth.tsv}, 344 common words over twelve classes) was written blind in session
     * 7 by a helper who ran no code on its words and saw none of the rules: committed alone (8327dcf); no word of the
     * other seven lists is in it (checked at the written form and after normalizing).
     */
    @Test
    void the_eighth_held_out_list_meets_its_floor_in_every_class_and_beats_isri() throws IOException {
        assertHeldOutFloors(
                "gold-roots-eighth.tsv", "root, eighth held-out list", 340, EIGHTH_OVERALL_FLOOR, EIGHTH_FLOORS);
    }

    /**
     * First measurement on the eighth list, unseen until then, on analyzer version 8: 89.8% (309/344; ISRI 52.6%,
     * 181/344). Then on version 9 (the eighth pass, chosen on the other lemma lists, this one still unseen by whoever
     * chose them): 89.5% (308/344): 16/18 assimilated (ISRI 13), 46/50 broken plurals (39; 47 on version 8), 29/32
     * words with clitics (12), 15/22 defective (7), 44/47 derived forms (29), 27/29 doubled (15), 21/21 function words
     * (11), 21/25 hamzated (2), 22/26 hollow (9), 12/13 name of God (0), 17/22 quadriliterals (6), 38/39 sound (38).
     * The floors are the version 9 figures rounded down to the hundredth.
     */
    private static final double EIGHTH_OVERALL_FLOOR = 0.89;

    private static final Map<String, Double> EIGHTH_FLOORS = Map.ofEntries(
            Map.entry("assimilated", 0.88),
            Map.entry("broken_plural", 0.92),
            Map.entry("clitic", 0.90),
            Map.entry("defective", 0.68),
            Map.entry("derived_form", 0.93),
            Map.entry("doubled", 0.93),
            Map.entry("function_word", 1.00),
            Map.entry("hamzated", 0.84),
            Map.entry("hollow", 0.84),
            Map.entry("name_of_god", 0.92),
            Map.entry("quadriliteral", 0.77),
            Map.entry("sound", 0.97));

    private static Score rootScore(List<Entry> gold) {
        return score(gold, form -> ANALYSIS.toLevel(form, Level.ROOT), root -> root);
    }

    /** ISRI works on norms, which have no hamza: its roots are compared with the gold root's norm spelling. */
    private static Score isriScore(List<Entry> gold) {
        return score(gold, form -> ANALYSIS.isriRoot(ANALYSIS.norm(form)), ANALYSIS::norm);
    }

    /**
     * Per-class floors on the first two lists, a little below the fourth pass's figures: quadriliterals 26/28,
     * broken plurals 31/33, defective 37/40, hollow 55/58, doubled 30/32 (the other classes 100%).
     */
    private static final Map<String, Double> FLOORS =
            Map.of("quadriliteral", 0.92, "broken_plural", 0.93, "defective", 0.92, "hollow", 0.94, "doubled", 0.93);

    /**
     * The fifth lemma list ({@code gold-lemmas-fifth.tsv}, 133 inflected words, broken plurals included) was written
     * in session 6 before that session's changes and before the analyzer's answers on its words were looked at.
     */
    @Test
    void the_fifth_lemma_list_meets_its_floor_in_every_class() throws IOException {
        // first measurement, unseen until then: 84.2% (112/133): verbs 45/52, broken plurals 15/27, clitics 13/14,
        // adjectives 9/10, nouns 13/13, sound plurals 9/9, particles 8/8. After the sixth session's rules 88.0%
        // (117/133): verbs 46/52, broken plurals 19/27 (70.4%), the other classes as before; after the seventh's
        // 88.7% (118/133; broken plurals 20/27, الأسماء → اسم); after the eighth's 91.0% (121/133; broken plurals
        // 23/27)
        assertLemmaFloors("gold-lemmas-fifth.tsv", "lemma, fifth held-out list", 130, 0.87, 0.70);
    }

    /**
     * The sixth lemma list ({@code gold-lemmas-sixth.tsv}, 284 inflected words, broken plurals included) was written
     * blind in session 7 and committed alone (3b4f0e0) before any code was run on its words.
     */
    @Test
    void the_sixth_lemma_list_meets_its_floor_in_every_class() throws IOException {
        // first measurement, unseen until then, on analyzer version 7: 83.5% (237/284): verbs 93/104, broken plurals
        // 32/57 (56.1%), clitics 35/42, adjectives 21/24, nouns 20/21, sound plurals 21/21, particles 15/15. After the
        // seventh session's rules (a development figure): 85.9% (244/284): verbs 94/104, broken plurals 37/57 (64.9%),
        // clitics 36/42, the other classes as before; after the eighth (broken plurals by pattern and tag): 89.4%
        // (255/284): broken plurals 46/57, clitics 38/42
        assertLemmaFloors("gold-lemmas-sixth.tsv", "lemma, sixth held-out list", 280, 0.85, 0.64);
    }

    /**
     * The seventh lemma list ({@code gold-lemmas-seventh.tsv}, 318 inflected words, 60 broken plurals) was written
     * blind in session 7 by a helper who ran no code on its words, committed alone (973d22b) and first measured on
     * analyzer version 8.
     */
    @Test
    void the_seventh_lemma_list_meets_its_floor_in_every_class() throws IOException {
        // first measurement, unseen until then, on analyzer version 8: 81.4% (259/318): verbs 136/150, broken plurals
        // 32/60 (53.3%), clitics 20/28, adjectives 16/20, nouns 24/25, sound plurals 15/18, particles 16/17. On
        // version 9, whose plural rules were chosen on this list's misses among others (a development figure): 89.0%
        // (283/318), broken plurals 51/60, clitics 25/28
        assertLemmaFloors("gold-lemmas-seventh.tsv", "lemma, seventh held-out list", 310, 0.88, 0.53);
    }

    /**
     * The eighth lemma list ({@code gold-lemmas-eighth.tsv}, 292 inflected words, 51 broken plurals) was written blind
     * in session 7 by a helper who ran no code on its words and saw none of the rules, committed alone (8327dcf).
     */
    @Test
    void the_eighth_lemma_list_meets_its_floor_in_every_class() throws IOException {
        // first measurement, unseen until then, on analyzer version 8: 82.2% (240/292): verbs 109/127, broken plurals
        // 30/51, clitics 30/32, adjectives 12/20, nouns 26/27, sound plurals 19/21, particles 14/14. On version 9 (the
        // eighth pass, chosen on the other lemma lists; this list still unseen by whoever chose them): 86.6% (253/292),
        // broken plurals 42/51, clitics 31/32, the other classes as before
        assertLemmaFloors("gold-lemmas-eighth.tsv", "lemma, eighth held-out list", 290, 0.86, 0.60);
    }

    @Test
    void lemmas_meet_their_floor_in_every_class() throws IOException {
        // measured 94.7% (143/151) before the fourth pass, 95.4% (144/151) after (سيارات → سيارة); 98.0% (148/151)
        // after the eighth (broken plurals 21/22)
        assertLemmaFloors("gold-lemmas.tsv", "lemma", 150, 0.95, 0.75);
    }
}
