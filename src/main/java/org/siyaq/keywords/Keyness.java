package org.siyaq.keywords;

import static org.siyaq.statistics.Terms.halfForZero;
import static org.siyaq.statistics.Terms.log2;
import static org.siyaq.statistics.Terms.logLikelihoodTerm;

import org.apache.commons.math3.special.Gamma;

/**
 * The keyness measures of a word with frequency {@code a} in a target of {@code N1} tokens and {@code b}
 * in a reference of {@code N2} ({@code statistics.md}, "Keywords"), with
 * {@code E1 = N1 · (a + b) / (N1 + N2)} and {@code E2 = N2 · (a + b) / (N1 + N2)}. Each measure is its own
 * function, so a list is sorted by one measure without computing the others.
 */
final class Keyness {

    /** Put for a zero {@code b / N2} in {@code percent_diff} (Gabrielatos &amp; Marchi 2012). */
    static final double ZERO_REFERENCE_SHARE = 1e-18;

    private Keyness() {}

    static KeywordRow row(String word, int a, int b, long n1, long n2) {
        double logLikelihood = logLikelihood(a, b, n1, n2);
        return new KeywordRow(
                word,
                a,
                b,
                perMillion(a, n1),
                perMillion(b, n2),
                logLikelihood,
                logRatio(a, b, n1, n2),
                percentDiff(a, b, n1, n2),
                pValue(logLikelihood));
    }

    /** The value of {@code measure} for these counts: the same number the row shows. */
    static double value(KeywordMeasure measure, int a, int b, long n1, long n2) {
        return switch (measure) {
            case LOG_LIKELIHOOD -> logLikelihood(a, b, n1, n2);
            case LOG_RATIO -> logRatio(a, b, n1, n2);
            case PERCENT_DIFF -> percentDiff(a, b, n1, n2);
            case P_VALUE -> pValue(logLikelihood(a, b, n1, n2));
            case FREQ -> a;
            case FREQ_REF -> b;
            case PER_MILLION -> perMillion(a, n1);
            case PER_MILLION_REF -> perMillion(b, n2);
        };
    }

    static double perMillion(int count, long n) {
        return (double) count / n * 1_000_000;
    }

    /**
     * Rayson &amp; Garside 2000: {@code 2 · (a · ln(a / E1) + b · ln(b / E2))} with {@code 0 · ln 0 = 0},
     * negative when {@code a / N1 < b / N2} (compared exactly, as {@code a · N2 < b · N1}).
     */
    static double logLikelihood(int a, int b, long n1, long n2) {
        double total = (double) n1 + n2;
        double e1 = n1 * ((double) a + b) / total;
        double e2 = n2 * ((double) a + b) / total;
        // rounding can leave an exact fit a hair below zero
        double g2 = Math.max(0, 2 * (logLikelihoodTerm(a, e1) + logLikelihoodTerm(b, e2)));
        return (long) a * n2 < (long) b * n1 ? -g2 : g2;
    }

    /** Hardie 2014: {@code log2((a / N1) / (b / N2))}, with 0.5 put for a zero count. */
    static double logRatio(int a, int b, long n1, long n2) {
        return log2((halfForZero(a) / n1) / (halfForZero(b) / n2));
    }

    /** Gabrielatos &amp; Marchi 2012: {@code ((a / N1 − b / N2) / (b / N2)) · 100}, with 1e-18 put for a zero {@code b / N2}. */
    static double percentDiff(int a, int b, long n1, long n2) {
        double reference = b == 0 ? ZERO_REFERENCE_SHARE : (double) b / n2;
        return ((double) a / n1 - reference) / reference * 100;
    }

    /**
     * The upper tail of χ² with one degree of freedom at {@code |G²|} (Dunning 1993): the regularized upper
     * incomplete gamma {@code Q(1/2, G²/2)} from Commons Math, the function whose complement is
     * {@code ChiSquaredDistribution(1).cumulativeProbability}; taken directly, it keeps its digits for very
     * large G², where {@code 1 − cdf} would cancel to 0.
     */
    static double pValue(double g2) {
        return Gamma.regularizedGammaQ(0.5, Math.abs(g2) / 2);
    }
}
