package org.siyaq.query;

import java.util.Locale;
import org.siyaq.i18n.Messages;

/**
 * Why a query cannot be run; the message a user reads, in English and in Arabic, is the bundle's
 * {@code query.error.<name>}, its {@code {0}} the detail.
 */
public enum QueryError {
    EMPTY,
    UNBALANCED_SLASH,
    BAD_REGEX,
    REGEX_TOO_SLOW,
    MATCHES_EVERYTHING,
    NO_WORD,
    UNKNOWN_LEVEL,
    /** A CQL error: the detail is the whole message ({@link CqlException} gives it in either language). */
    CQL,
    TOO_LONG;

    public String message(String detail, boolean inArabic) {
        String key = "query.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        return Messages.get(key, inArabic ? Messages.ARABIC : Messages.ENGLISH, detail);
    }
}
