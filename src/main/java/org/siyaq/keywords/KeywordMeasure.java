package org.siyaq.keywords;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.i18n.Messages;

/** The columns a keyword list can be sorted by; names as in {@code statistics.md}. */
public enum KeywordMeasure {
    LOG_LIKELIHOOD("log_likelihood", true),
    LOG_RATIO("log_ratio", true),
    PERCENT_DIFF("percent_diff", true),
    P_VALUE("p_value", false),
    FREQ("freq", false),
    FREQ_REF("freq_ref", false),
    PER_MILLION("per_million", false),
    PER_MILLION_REF("per_million_ref", false);

    private final String key;
    private final boolean signed;

    KeywordMeasure(String key, boolean signed) {
        this.key = key;
        this.signed = signed;
    }

    /** The column name in the API and CSV. */
    public String key() {
        return key;
    }

    /**
     * Whether the list is sorted from the smallest value: p-values always (smaller is stronger), and the
     * signed measures when only negative keywords are shown (the most under-used word first).
     */
    public boolean ascending(KeywordDirection direction) {
        return this == P_VALUE || signed && direction == KeywordDirection.NEGATIVE;
    }

    /** The value of this column in {@code row}. */
    public double value(KeywordRow row) {
        return switch (this) {
            case LOG_LIKELIHOOD -> row.logLikelihood();
            case LOG_RATIO -> row.logRatio();
            case PERCENT_DIFF -> row.percentDiff();
            case P_VALUE -> row.pValue();
            case FREQ -> row.freq();
            case FREQ_REF -> row.freqRef();
            case PER_MILLION -> row.perMillion();
            case PER_MILLION_REF -> row.perMillionRef();
        };
    }

    public static KeywordMeasure parse(String s) {
        if (s == null || s.isBlank()) {
            return LOG_LIKELIHOOD;
        }
        for (KeywordMeasure m : values()) {
            if (m.key.equalsIgnoreCase(s.strip()) || m.name().equals(s.strip().toUpperCase(Locale.ROOT))) {
                return m;
            }
        }
        String names = Arrays.stream(values()).map(KeywordMeasure::key).collect(Collectors.joining(", "));
        throw new InvalidRequestException(
                Messages.english("keywords.error.sort", s, names), Messages.arabic("keywords.error.sort", s, names));
    }
}
