package org.siyaq.analysis.morph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * LanguageTool's Arabic full-form dictionary ({@code org/languagetool/resource/ar/arabic.dict}, built
 * from Arramooz), read directly with morfologik: an unvowelled word in standard spelling (hamza
 * written, ة and ى kept) to its lemmas and tags, with the few forms it leaves out (the verb كان) added from
 * {@code supplement.tsv} beside this class. Thread-safe: each thread has its own lookup.
 */
public final class MorphDictionary {

    static final String RESOURCE = "/org/languagetool/resource/ar/arabic.dict";
    static final String SUPPLEMENT = "supplement.tsv";

    private final Dictionary dictionary;
    private final ThreadLocal<DictionaryLookup> lookups;
    private final Map<String, List<Reading>> supplement;
    private final WordFilter words;

    private MorphDictionary(Dictionary dictionary, Map<String, List<Reading>> supplement) {
        this.dictionary = dictionary;
        this.words = WordFilter.of(dictionary, WordFilter.DICTIONARY_LONGS);
        supplement.keySet().forEach(words::add);
        this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
        this.supplement = supplement;
    }

    private static final class Holder {
        static final MorphDictionary INSTANCE = load();
    }

    /** The dictionary, loaded once (about 12 MB) on first use. */
    public static MorphDictionary shared() {
        return Holder.INSTANCE;
    }

    private static MorphDictionary load() {
        URL url = Objects.requireNonNull(MorphDictionary.class.getResource(RESOURCE), RESOURCE);
        try {
            return new MorphDictionary(Dictionary.read(url), supplement());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Arabic dictionary " + RESOURCE, e);
        }
    }

    private static Map<String, List<Reading>> supplement() throws IOException {
        Map<String, List<Reading>> out = new HashMap<>();
        try (InputStream in =
                        Objects.requireNonNull(MorphDictionary.class.getResourceAsStream(SUPPLEMENT), SUPPLEMENT);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length == 3) {
                    out.computeIfAbsent(f[0], k -> new ArrayList<>(2)).add(new Reading(f[1], f[2]));
                }
            }
        }
        return Map.copyOf(out);
    }

    /** The readings of one word exactly as written (no clitics stripped); empty if unknown. Read-only. */
    public List<Reading> lookup(String word) {
        return lookup(word, words.mightContain(word));
    }

    /**
     * {@link #lookup} with what {@link #mayHold} said of the word: most lookups (a form's splits into clitics and
     * stem) find nothing, and the filter, which holds the automaton's words and the supplement's, answers those.
     */
    List<Reading> lookup(String word, boolean mayHold) {
        if (!mayHold) {
            return List.of();
        }
        List<Reading> added = supplement.getOrDefault(word, List.of());
        List<WordData> found = lookups.get().lookup(word);
        if (found.isEmpty()) {
            return added;
        }
        List<Reading> readings = new ArrayList<>(found.size() + added.size());
        readings.addAll(added);
        for (WordData data : found) {
            CharSequence stem = data.getStem();
            CharSequence tag = data.getTag();
            readings.add(new Reading(stem == null ? word : stem.toString(), tag == null ? "" : tag.toString()));
        }
        return readings;
    }

    /**
     * {@link #mightHold} of {@code words[0..count)} into {@code out}, the filter's reads of all of them issued together
     * (they mostly miss the processor's caches: one after another, each waited for the one before).
     */
    void mayHold(String[] words, int count, boolean[] out) {
        this.words.mightContain(words, count, out);
    }

    /** Whether {@link #lookup} may find {@code word} (false: neither the automaton nor the supplement holds it). */
    boolean mightHold(String word) {
        return words.mightContain(word);
    }

    /** Every (form, lemma, tag) of the dictionary, for tools that derive data from it (slow: millions of entries). */
    public void forEach(TriConsumer action) {
        for (WordData data : new DictionaryLookup(dictionary)) {
            action.accept(data.getWord().toString(), String.valueOf(data.getStem()), String.valueOf(data.getTag()));
        }
    }

    /** What {@link #forEach} calls. */
    @FunctionalInterface
    public interface TriConsumer {
        void accept(String form, String lemma, String tag);
    }
}
