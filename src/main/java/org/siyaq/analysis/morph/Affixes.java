package org.siyaq.analysis.morph;

/**
 * Whether a word begins or ends with an affix of a few letters, compared a char at a time. The analysis asks this
 * of every form tens of times (each proclitic, each pronoun suffix), and for strings this short
 * {@link String#startsWith} and {@link String#endsWith} cost more in their general array comparison than in the
 * comparison itself (docs/performance.md, "the eleventh session").
 */
public final class Affixes {

    private Affixes() {}

    /** {@code word.startsWith(prefix)}. */
    public static boolean startsWith(String word, String prefix) {
        int n = prefix.length();
        if (n > word.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (word.charAt(i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code word.endsWith(suffix)}. */
    public static boolean endsWith(String word, String suffix) {
        int n = suffix.length();
        int from = word.length() - n;
        if (from < 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (word.charAt(from + i) != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
