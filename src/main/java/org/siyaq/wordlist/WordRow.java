package org.siyaq.wordlist;

/** One row of the frequency table (columns of {@code statistics.md}). */
public record WordRow(int rank, String word, int freq, double perMillion, int range, double dp, double dpNorm) {
}
