package org.siyaq.analysis.morph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * LanguageTool's Arabic full-form dictionary ({@code org/languagetool/resource/ar/arabic.dict}, built
 * from Arramooz), read directly with morfologik: an unvowelled word in standard spelling (hamza
 * written, ة and ى kept) to its lemmas and tags. Thread-safe: each thread has its own lookup.
 */
public final class MorphDictionary {

    static final String RESOURCE = "/org/languagetool/resource/ar/arabic.dict";

    private final Dictionary dictionary;
    private final ThreadLocal<DictionaryLookup> lookups;

    private MorphDictionary(Dictionary dictionary) {
        this.dictionary = dictionary;
        this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
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
            return new MorphDictionary(Dictionary.read(url));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Arabic dictionary " + RESOURCE, e);
        }
    }

    /** The readings of one word exactly as written (no clitics stripped); empty if unknown. */
    public List<Reading> lookup(String word) {
        List<WordData> found = lookups.get().lookup(word);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Reading> readings = new ArrayList<>(found.size());
        for (WordData data : found) {
            CharSequence stem = data.getStem();
            CharSequence tag = data.getTag();
            readings.add(new Reading(stem == null ? word : stem.toString(), tag == null ? "" : tag.toString()));
        }
        return readings;
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
