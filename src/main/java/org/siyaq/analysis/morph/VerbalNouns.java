package org.siyaq.analysis.morph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * LanguageTool's list of about 5,700 common verbs with their verbal nouns ({@code arabic_verb_masdar.txt}
 * in {@code language-ar}: a fully vowelled perfective, {@code =}, the masdars without vowels, {@code |} between
 * them; e.g. {@code سَارَ=سورة|سير|مسير|مسيرة}). It serves three ends: a masdar written with its weak
 * radical (سير، نوم، قول) tells a hollow verb's و from its ي, which the perfective hides; a noun listed as a
 * masdar (ترجمة، زلزال، إيمان) takes its verb's root; and a verb on the list is a common one, so it wins
 * over a rare homograph (قلت (I said) before قَلِتَ (to perish)). Its perfectives also fill a gap of the
 * dictionary ({@link Morphology}): a perfective it leaves out (نام).
 */
final class VerbalNouns {

    static final String RESOURCE = "/org/languagetool/rules/ar/arabic_verb_masdar.txt";

    /**
     * The answers are arrays, one empty array for every "none": with lists, the empty answer (an immutable list) and
     * the others (array lists) were two classes, and the JIT, having compiled a loop over one, threw its code away at
     * the first of the other and compiled the method again (a 10M ingest compiled {@code verbRoot} four times for
     * that: docs/performance.md, "the fifteenth session").
     */
    private static final String[] NONE = {};

    private final Map<String, String[]> masdarsOfVerb;
    private final StringTable<String[]> verbsOfMasdar;
    private final StringTable<String[]> verbsSpelled;

    private VerbalNouns(Map<String, List<String>> masdarsOfVerb, Map<String, List<String>> verbsOfMasdar) {
        this.masdarsOfVerb = Collections.unmodifiableMap(arrays(masdarsOfVerb));
        this.verbsOfMasdar = new StringTable<>(arrays(verbsOfMasdar));
        Map<String, List<String>> spelled = new HashMap<>(8_192);
        for (String verb : masdarsOfVerb.keySet()) {
            spelled.computeIfAbsent(Morphology.plain(verb), k -> new ArrayList<>(2))
                    .add(verb);
        }
        // The key set of masdarsOfVerb iterates in an order that changes from one JVM to the next: each list is
        // sorted so that the readings built from it come in the same order on every run.
        spelled.values().forEach(verbs -> verbs.sort(null));
        this.verbsSpelled = new StringTable<>(arrays(spelled));
    }

    private static Map<String, String[]> arrays(Map<String, List<String>> lists) {
        Map<String, String[]> out = new HashMap<>(lists.size() * 2);
        lists.forEach((key, values) -> out.put(key, values.toArray(NONE)));
        return out;
    }

    private static final class Holder {
        static final VerbalNouns INSTANCE = load();
    }

    static VerbalNouns shared() {
        return Holder.INSTANCE;
    }

    private static VerbalNouns load() {
        Map<String, List<String>> byVerb = new HashMap<>(8_192);
        Map<String, List<String>> byMasdar = new HashMap<>(16_384);
        try (InputStream in = Objects.requireNonNull(VerbalNouns.class.getResourceAsStream(RESOURCE), RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int eq = line.indexOf('=');
                if (line.startsWith("#") || eq <= 0) {
                    continue;
                }
                String verb = line.substring(0, eq).strip();
                for (String masdar : line.substring(eq + 1).split("\\|")) {
                    String m = masdar.strip();
                    if (!m.isEmpty()) {
                        byVerb.computeIfAbsent(verb, k -> new ArrayList<>(4)).add(m);
                        List<String> verbs = byMasdar.computeIfAbsent(m, k -> new ArrayList<>(2));
                        if (!verbs.contains(verb)) {
                            verbs.add(verb);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new VerbalNouns(Collections.unmodifiableMap(byVerb), Collections.unmodifiableMap(byMasdar));
    }

    /** Every vowelled perfective of the list. */
    java.util.Set<String> verbs() {
        return masdarsOfVerb.keySet();
    }

    /** Whether the list has this vowelled perfective (a common verb). */
    boolean isListed(String vowelledVerb) {
        return masdarsOfVerb.containsKey(vowelledVerb);
    }

    /** The masdars of a vowelled perfective, unvowelled; empty if the verb is not listed. */
    String[] masdarsOf(String vowelledVerb) {
        return masdarsOfVerb.getOrDefault(vowelledVerb, NONE);
    }

    /** The listed vowelled perfectives written {@code plain} without their vowels (نام → نَامَ). */
    String[] verbsSpelled(String plain) {
        return verbsSpelled.getOrDefault(plain, NONE);
    }

    /** The vowelled perfectives whose masdar is {@code noun} (unvowelled, hamza written); empty if none. */
    String[] verbsOf(String noun) {
        return verbsOfMasdar.getOrDefault(noun, NONE);
    }
}
