package org.siyaq.benchmark;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Content words as Arabic builds them, for a synthetic corpus whose vocabulary grows as a real one
 * does: a lemma is a consonantal root poured into a pattern (وزن: فاعل، مفعول، استفعال …), drawn by
 * a Zipf–Mandelbrot law over about 300,000 lemmas; then an inflection suffix (ة ات ون ين ية …), a
 * proclitic chain (و ف ب ل ك س ال and their combinations) and an enclitic pronoun (ه ها هم كم نا …),
 * each drawn from its own skewed distribution, and now and then the spellings real text varies in
 * (a bare alif for a hamzated one, ى for final ي, a diacritic), which differ at {@code form} and meet
 * at {@code norm}. The product of these choices gives the long tail of rare forms real Arabic has:
 * most types are seen once or twice, and the type count keeps growing with the corpus (Heaps' law;
 * about 650,000 {@code norm} types at 10M tokens, 2.6M at 100M, see {@code docs/performance.md}).
 * Deterministic in its seed; thread-safe (every draw takes the caller's random).
 */
final class InflectedVocabulary {

    private static final String CONSONANTS = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
    /** Patterns with 1, 2, 3 for the root's consonants (unvocalised, as text is written). */
    private static final String[] PATTERNS = {
        "123", "1ا23", "م12و3", "ت12ي3", "است12ا3", "ا1ت2ا3", "ان12ا3", "م123", "12ا3", "12ي3",
        "ي123", "ت123", "ن123", "أ123", "م1ا23", "1وا23", "أ12ا3", "م1ت23", "مست123", "ت1ا23",
        "ي1ا23", "ي1ت23", "يست123", "12و3", "م12ا3", "ت1ا2ي3", "م1ا2ي3", "إ12ا3", "ا1ت23", "م1ت2ا3",
    };

    private static final int ROOTS = Integer.getInteger("voc.roots", 5_000);
    private static final double ZIPF_S = Double.parseDouble(System.getProperty("voc.s", "1.15"));
    private static final double ZIPF_Q = 2.7;

    /** Each table: strings and their cumulative weights (the weights are shares in thousandths). */
    private static final Choice SUFFIXES = Choice.of(
            new String[] {"", "ة", "ات", "ين", "ون", "ان", "ي", "ية", "يين", "تين", "تان", "وا", "تم", "نا"},
            new int[] {900, 130, 60, 50, 40, 20, 40, 40, 10, 8, 6, 15, 5, 16});

    private static final Choice PROCLITICS = Choice.of(
            new String[] {
                "", "ال", "و", "وال", "بال", "لل", "ب", "ل", "ف", "فال", "ك", "كال", "س", "وس", "فس", "ول", "وب", "فب",
                "وك", "ولل"
            },
            new int[] {800, 220, 60, 50, 40, 30, 20, 15, 10, 6, 5, 3, 3, 2, 1, 5, 4, 1, 2, 3});
    private static final Choice ENCLITICS = Choice.of(
            new String[] {"", "ه", "ها", "هم", "هما", "كم", "كن", "نا", "ي", "ك", "هن", "كما"},
            new int[] {1300, 35, 30, 20, 5, 10, 2, 15, 10, 10, 2, 1});

    private static final char FATHA = '\u064E';
    private static final char SHADDA = '\u0651';
    private static final char KASRA = '\u0650';

    private final String[] lemmas;
    private final double[] cumulative;

    /** Draws the roots and the order of the lemmas from {@code seed}. */
    InflectedVocabulary(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> roots = new LinkedHashSet<>();
        while (roots.size() < ROOTS) {
            char a = CONSONANTS.charAt(random.nextInt(CONSONANTS.length()));
            char b = CONSONANTS.charAt(random.nextInt(CONSONANTS.length()));
            char c = CONSONANTS.charAt(random.nextInt(CONSONANTS.length()));
            if (a != b) {
                roots.add("" + a + b + c);
            }
        }
        String[] rootList = roots.toArray(String[]::new);
        lemmas = new String[rootList.length * PATTERNS.length];
        int k = 0;
        for (String root : rootList) {
            for (String pattern : PATTERNS) {
                lemmas[k++] = pour(root, pattern);
            }
        }
        // a random rank for every lemma (Fisher–Yates), then Zipf–Mandelbrot weights 1/(r+q)^s by rank
        for (int i = lemmas.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String t = lemmas[i];
            lemmas[i] = lemmas[j];
            lemmas[j] = t;
        }
        cumulative = new double[lemmas.length];
        double sum = 0;
        for (int r = 0; r < lemmas.length; r++) {
            sum += 1 / Math.pow(r + 1 + ZIPF_Q, ZIPF_S);
            cumulative[r] = sum;
        }
    }

    private static String pour(String root, String pattern) {
        StringBuilder out = new StringBuilder(pattern.length() + 2);
        for (char c : pattern.toCharArray()) {
            out.append(c >= '1' && c <= '3' ? root.charAt(c - '1') : c);
        }
        return out.toString();
    }

    /** One content word: prefix + lemma + suffix + pronoun, with the spelling variation of real text. */
    String word(SplittableRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int rank = Arrays.binarySearch(cumulative, u);
        String lemma = lemmas[rank < 0 ? -rank - 1 : rank];
        String suffix = SUFFIXES.draw(random);
        String prefix = PROCLITICS.draw(random);
        // a pronoun does not follow the article; ة before a pronoun is written ت (مدرسة → مدرسته)
        String pronoun = prefix.endsWith("ال") || prefix.endsWith("لل") ? "" : ENCLITICS.draw(random);
        if (!pronoun.isEmpty() && suffix.equals("ة")) {
            suffix = "ت";
        }
        StringBuilder w = new StringBuilder(prefix.length() + lemma.length() + suffix.length() + pronoun.length() + 1);
        w.append(prefix).append(lemma).append(suffix).append(pronoun);
        vary(w, prefix.length(), random);
        return w.toString();
    }

    /** The variation of real spelling: أ/إ written ا, final ي written ى, a diacritic here and there. */
    private static void vary(StringBuilder w, int lemmaStart, SplittableRandom random) {
        if (lemmaStart < w.length()
                && (w.charAt(lemmaStart) == 'أ' || w.charAt(lemmaStart) == 'إ')
                && random.nextInt(10) < 3) {
            w.setCharAt(lemmaStart, 'ا');
        }
        if (w.charAt(w.length() - 1) == 'ي' && random.nextInt(20) == 0) {
            w.setCharAt(w.length() - 1, 'ى');
        }
        if (random.nextInt(100) == 0) {
            int at = 1 + random.nextInt(w.length() - 1);
            w.insert(
                    at,
                    switch (random.nextInt(3)) {
                        case 0 -> FATHA;
                        case 1 -> SHADDA;
                        default -> KASRA;
                    });
        }
    }

    /** A weighted choice among strings. */
    private record Choice(String[] values, int[] cumulative) {

        static Choice of(String[] values, int[] weights) {
            int[] out = new int[weights.length];
            int sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i];
                out[i] = sum;
            }
            return new Choice(values, out);
        }

        String draw(SplittableRandom random) {
            int u = random.nextInt(cumulative[cumulative.length - 1]);
            for (int i = 0; i < cumulative.length; i++) {
                if (u < cumulative[i]) {
                    return values[i];
                }
            }
            throw new AssertionError();
        }
    }
}
