package org.siyaq.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The analysis levels every token is indexed at, from the written form to the consonantal root.
 * See {@code docs/analysis.md}.
 */
public enum Level {
    /** The token as written, after cleaning; diacritics kept, Latin lower-cased. */
    FORM,
    /** Orthographic normalization: the default level. */
    NORM,
    /** Light stem of the norm: clitics and common affixes stripped. */
    STEM,
    /** The dictionary word (a verb's perfective 3rd masculine singular, a noun's singular), in norm spelling. */
    LEMMA,
    /** The consonantal root, three or four radicals, hamza as ء. */
    ROOT;

    /** The name used in the UI and the HTTP API: {@code "form"}, {@code "norm"}, {@code "stem"}, {@code "lemma"}, {@code "root"}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The level named by {@code s}, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException if {@code s} is null or names no level
     */
    public static Level parse(String s) {
        if (s != null) {
            String key = s.strip().toLowerCase(Locale.ROOT);
            for (Level level : values()) {
                if (level.key().equals(key)) {
                    return level;
                }
            }
        }
        throw new IllegalArgumentException("Unknown level '" + s + "'; allowed values are " + allowedKeys());
    }

    private static String allowedKeys() {
        return Arrays.stream(values()).map(Level::key).collect(Collectors.joining(", "));
    }
}
