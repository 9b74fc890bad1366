package org.siyaq.collocation;

import java.util.List;

/**
 * One collocate with its contingency counts and every association measure of {@code statistics.md};
 * {@code forms} are its most frequent written forms at levels above {@code form} ({@link org.siyaq.index.TopForms}).
 */
public record CollocateRow(
        String word,
        int o11,
        double e11,
        int c1,
        double mi,
        double mi3,
        double tScore,
        double zScore,
        double logLikelihood,
        double logDice,
        double dice,
        double deltaP,
        double logRatio,
        double pValue,
        List<String> forms) {}
