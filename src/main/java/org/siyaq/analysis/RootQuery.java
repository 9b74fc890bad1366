package org.siyaq.analysis;

/**
 * Radicals typed as a root: three or four Arabic letters, each on its own, separated by hyphens,
 * spaces, dots or commas ({@code ك-ت-ب}, {@code ك ت ب}); hamza in any seat is written ء.
 */
final class RootQuery {

    private RootQuery() {}

    /** The root the radicals spell, or null if {@code typed} is not radicals with separators. */
    static String radicals(String typed) {
        StringBuilder root = new StringBuilder(4);
        boolean separated = false;
        boolean letterBefore = false;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c >= '\u0621' && c <= '\u064A') {
                if (letterBefore) {
                    return null; // two letters together: a word, not radicals
                }
                root.append(
                        c == '\u0623' || c == '\u0625' || c == '\u0622' || c == '\u0624' || c == '\u0626'
                                ? '\u0621'
                                : c == '\u0649' ? '\u064A' : c);
                letterBefore = true;
            } else if (c == '-'
                    || c == ' '
                    || c == '.'
                    || c == ','
                    || c == '\u060C'
                    || c == '\u2010'
                    || c == '\u2013') {
                separated = true;
                letterBefore = false;
            } else if (!UthmaniSpelling.isMark(c)) {
                return null;
            }
        }
        return separated && root.length() >= 3 && root.length() <= 4 ? root.toString() : null;
    }
}
