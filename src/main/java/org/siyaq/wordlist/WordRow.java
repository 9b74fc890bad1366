package org.siyaq.wordlist;

import java.util.List;

/**
 * One row of the frequency table (columns of {@code statistics.md}); {@code forms} are the row's most
 * frequent written forms at levels above {@code form} ({@link org.siyaq.index.TopForms}), empty at {@code form}.
 */
public record WordRow(
        int rank, String word, int freq, double perMillion, int range, double dp, double dpNorm, List<String> forms) {

    /** A row without forms (at {@code form}, where the word is its own form). */
    public WordRow(int rank, String word, int freq, double perMillion, int range, double dp, double dpNorm) {
        this(rank, word, freq, perMillion, range, dp, dpNorm, List.of());
    }
}
