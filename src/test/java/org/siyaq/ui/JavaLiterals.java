package org.siyaq.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * The string, text-block and character literals of a Java source, as written (escapes left as they
 * are), with comments skipped: enough to check what text the code holds, not a Java parser.
 */
final class JavaLiterals {

    private JavaLiterals() {}

    static List<String> of(String source) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = end(source, source.indexOf('\n', i), n);
            } else if (source.startsWith("/*", i)) {
                i = end(source, source.indexOf("*/", i + 2), n) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int close = closing(source, i + 3, "\"\"\"");
                out.add(source.substring(i + 3, close));
                i = close + 3;
            } else if (c == '"' || c == '\'') {
                int close = closing(source, i + 1, String.valueOf(c));
                out.add(source.substring(i + 1, close));
                i = close + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The index of the unescaped {@code quote} from {@code from}, or the end of the source. */
    private static int closing(String source, int from, String quote) {
        int i = from;
        while (i < source.length() && !source.startsWith(quote, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, source.length());
    }

    private static int end(String source, int index, int n) {
        return index < 0 ? n : index;
    }
}
