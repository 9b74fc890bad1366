package org.siyaq.ui.analysis;

import java.util.List;
import org.siyaq.analysis.Level;

/**
 * What the word panel analyses: a written word, and, when it stands for a word-list row keyed at a
 * level above {@code form} (a norm, stem, lemma or root), that row's key and level.
 *
 * @param written  the written word to analyse
 * @param rowLevel the level of the row the word stands for, null for a word as written in a text
 * @param rowKey   the row's key at {@code rowLevel}, null for a word as written in a text
 */
public record WordLookup(String written, Level rowLevel, String rowKey) {

    /** A word as written in a text (a concordance line, the reader). */
    public static WordLookup word(String written) {
        return new WordLookup(written, null, null);
    }

    /**
     * A word-list row: its key at {@code level}, analysed through its most frequent written form
     * ({@code forms}, most frequent first) when the level is above {@code form}, since a stem or a
     * root is not itself a word to look up.
     */
    public static WordLookup row(Level level, String key, List<String> forms) {
        String written = level == Level.FORM || forms.isEmpty() ? key : forms.get(0);
        return new WordLookup(written, level, key);
    }

    /** Whether the analysed word is not the row's key itself but the key's most frequent form. */
    public boolean throughForm() {
        return rowLevel != null && rowLevel != Level.FORM && !written.equals(rowKey);
    }
}
