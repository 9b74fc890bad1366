package org.siyaq.keywords;

import java.util.Locale;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.i18n.Messages;

/**
 * Which keywords a list shows: the positive ones (relatively more frequent in the target than in the
 * reference, {@code a / N1 > b / N2}), the negative ones ({@code a / N1 < b / N2}), or both.
 */
public enum KeywordDirection {
    POSITIVE,
    NEGATIVE,
    BOTH;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a word with these relative frequencies belongs in the list; an exact tie is in {@link #BOTH} only. */
    boolean accepts(long a, long n1, long b, long n2) {
        // a / N1 against b / N2 without rounding: a · N2 against b · N1
        int cmp = Long.compare(a * n2, b * n1);
        return switch (this) {
            case POSITIVE -> cmp > 0;
            case NEGATIVE -> cmp < 0;
            case BOTH -> true;
        };
    }

    public static KeywordDirection parse(String s) {
        if (s == null || s.isBlank()) {
            return BOTH;
        }
        for (KeywordDirection d : values()) {
            if (d.key().equalsIgnoreCase(s.strip())) {
                return d;
            }
        }
        throw new InvalidRequestException(
                Messages.english("keywords.error.show", s), Messages.arabic("keywords.error.show", s));
    }
}
