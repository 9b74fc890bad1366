package org.siyaq.concordance;

import java.util.Locale;
import org.siyaq.corpus.InvalidRequestException;

/**
 * The order of concordance lines: corpus order, by the node, or by the 1st–3rd word before or after
 * the node in reading order. {@code offset} is the token's place relative to the node: -1 is the word
 * just before it, +1 the word just after it.
 */
public enum KwicSort {
    CORPUS(0),
    NODE(0),
    BEFORE1(-1),
    BEFORE2(-2),
    BEFORE3(-3),
    AFTER1(1),
    AFTER2(2),
    AFTER3(3);

    private final int offset;

    KwicSort(int offset) {
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code corpus}, {@code node}, {@code before1}…{@code after3} (also {@code L1}…{@code R3}). */
    public static KwicSort parse(String s) {
        if (s == null || s.isBlank()) {
            return CORPUS;
        }
        String v = s.strip().toLowerCase(Locale.ROOT);
        if (v.matches("[lr][123]")) {
            v = (v.charAt(0) == 'l' ? "before" : "after") + v.charAt(1);
        }
        if (v.equals("position")) {
            v = "corpus";
        }
        for (KwicSort sort : values()) {
            if (sort.key().equals(v)) {
                return sort;
            }
        }
        throw InvalidRequestException.of("request.unknown-sort", s);
    }
}
