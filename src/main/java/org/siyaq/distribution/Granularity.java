package org.siyaq.distribution;

import java.util.Locale;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.i18n.Messages;

/** How the documents are grouped: by each value of the field, or by the year or the month of a date. */
public enum Granularity {
    VALUE,
    YEAR,
    MONTH;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean overTime() {
        return this != VALUE;
    }

    public static Granularity parse(String s) {
        if (s == null || s.isBlank()) {
            return VALUE;
        }
        for (Granularity g : values()) {
            if (g.key().equalsIgnoreCase(s.strip())) {
                return g;
            }
        }
        throw new InvalidRequestException(
                Messages.english("distribution.error.granularity", s),
                Messages.arabic("distribution.error.granularity", s));
    }
}
