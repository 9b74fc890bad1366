package org.siyaq.collocation;

import java.util.Locale;
import org.siyaq.corpus.InvalidRequestException;

/** The columns a collocate table can be sorted by; names as in {@code statistics.md}. */
public enum CollocationMeasure {
    O11("O11"),
    E11("E11"),
    C1("C1"),
    MI("mi"),
    MI3("mi3"),
    T_SCORE("t_score"),
    Z_SCORE("z_score"),
    LOG_LIKELIHOOD("log_likelihood"),
    LOG_DICE("log_dice"),
    DICE("dice"),
    DELTA_P("delta_p"),
    LOG_RATIO("log_ratio"),
    P_VALUE("p_value");

    private final String key;

    CollocationMeasure(String key) {
        this.key = key;
    }

    /** The column name in the API and CSV. */
    public String key() {
        return key;
    }

    /** The value of this column in {@code row}. */
    public double of(CollocateRow row) {
        return AssociationMeasures.value(row, this);
    }

    /** Smaller is stronger only for p-values; every other column sorts from the largest. */
    public boolean ascending() {
        return this == P_VALUE;
    }

    public static CollocationMeasure parse(String s) {
        if (s == null || s.isBlank()) {
            return LOG_LIKELIHOOD;
        }
        for (CollocationMeasure m : values()) {
            if (m.key.equalsIgnoreCase(s.strip()) || m.name().equals(s.strip().toUpperCase(Locale.ROOT))) {
                return m;
            }
        }
        String names =
                "O11, E11, C1, mi, mi3, t_score, z_score, log_likelihood, log_dice, dice, delta_p, log_ratio, p_value";
        throw InvalidRequestException.of("request.unknown-measure", s, names);
    }
}
