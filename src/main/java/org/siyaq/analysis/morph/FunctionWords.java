package org.siyaq.analysis.morph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.siyaq.analysis.script.Buckwalter;

/**
 * The closed classes ({@code function-words.tsv} beside this class): particles, pronouns, demonstratives,
 * relatives and the nouns used as prepositions, with the pronoun suffix and the proclitics they take
 * (فيه، عليها، أنه، به، وفي، بذلك، لأن). A particle has no root, so its lemma and its root are the particle
 * itself (the root in norm spelling); a noun used as a preposition keeps its Hans Wehr root (بين، كل → كلل).
 * The dictionary reads many of them as rare verbs (أنه as أَنَهَ, نحن as نَاحَ), which is why they come first.
 */
final class FunctionWords {

    static final String RESOURCE = "function-words.tsv";

    private record Entry(String form, String root, boolean takesPronoun) {}

    /** The proclitics a function word may carry: the conjunctions and the prepositions ب ل ك, alone or after و ف. */
    private static final String[] PROCLITICS =
            Morphology.arabic("", "w", "f", "b", "l", "k", "wb", "wl", "wk", "fb", "fl", "fk");

    private static final String CONJUNCTION = "\u0648";
    private static final char ALEF = '\u0627';
    private static final String ALEF_FORMS = Buckwalter.arabic(">|<");

    private final StringTable<Entry> byKey;
    private final String[] enclitics;
    /** The longest key: a longer stem is no function word, so its key need not be made (most stems). */
    private final int longest;

    private FunctionWords(Map<String, Entry> byKey, String[] enclitics) {
        this.byKey = new StringTable<>(byKey);
        this.enclitics = enclitics;
        this.longest = byKey.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The table, read once; {@code enclitics} are the pronoun suffixes (shortest first, "" among them). */
    static FunctionWords load(String[] enclitics) {
        Map<String, Entry> byKey = new HashMap<>(256);
        try (InputStream in = Objects.requireNonNull(FunctionWords.class.getResourceAsStream(RESOURCE), RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length >= 3) {
                    String root = f[1].equals("-") ? key(f[0]) : f[1];
                    byKey.put(key(f[0]), new Entry(f[0], root, f[2].equals("y")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new FunctionWords(byKey, enclitics);
    }

    /**
     * The function word {@code word} is, with its clitics, or null. Bare and with a pronoun it is always the
     * function word (هم is the pronoun, not the noun "worry"), and after و; after ف ب ل ك only if
     * {@code knownWhole} does not know the word (without a first و or ف) as a noun or verb of its own: فهم
     * "understanding" is not fa-hum, وكان is not wa-ka-anna.
     */
    Morphology.Analysis analyse(String word, Predicate<String> knownWhole) {
        int endings = 0; // bit k: the word ends with enclitics[k]
        for (int k = 0; k < enclitics.length; k++) {
            if (Affixes.endsWith(word, enclitics[k])) {
                endings |= 1 << k;
            }
        }
        for (String pre : PROCLITICS) {
            if (!Affixes.startsWith(word, pre)) {
                continue;
            }
            for (int k = 0; k < enclitics.length; k++) {
                String enc = enclitics[k];
                int stemLength = word.length() - pre.length() - enc.length();
                if (stemLength < 1 || stemLength > longest || (endings & 1 << k) == 0) {
                    continue;
                }
                Entry e = byKey.get(key(word.substring(pre.length(), pre.length() + stemLength)));
                if (e == null
                        || (!enc.isEmpty() && !e.takesPronoun())
                        || (e.form().length() == 1 && enc.isEmpty())) {
                    continue;
                }
                // after و alone it is always the function word; after ب ل ك (or ف) only if the rest is no word of its
                // own
                String rest = pre.length() > 1 ? word.substring(1) : word;
                if (pre.isEmpty() || pre.equals(CONJUNCTION) || !knownWhole.test(rest)) {
                    return new Morphology.Analysis(e.form(), e.root(), "particle", List.of());
                }
            }
        }
        return null;
    }

    /** How the table is matched: an initial alef with or without hamza alike, final ى as ي (written so before a pronoun: عليه). */
    private static String key(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(i == 0 && ALEF_FORMS.indexOf(c) >= 0 ? ALEF : c == '\u0649' ? '\u064A' : c);
        }
        return out.toString();
    }
}
