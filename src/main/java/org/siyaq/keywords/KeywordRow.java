package org.siyaq.keywords;

/**
 * One word of a keyword list ({@code statistics.md}, "Keywords"): its frequency {@code a} in the target
 * and {@code b} in the reference, both per million, and the keyness measures.
 */
public record KeywordRow(
        String word,
        int freq,
        int freqRef,
        double perMillion,
        double perMillionRef,
        double logLikelihood,
        double logRatio,
        double percentDiff,
        double pValue) {}
