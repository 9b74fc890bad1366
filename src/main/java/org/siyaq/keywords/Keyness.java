package org.siyaq.keywords;

import static org.siyaq.statistics.Terms.halfForZero;
import static org.siyaq.statistics.Terms.log2;
import static org.siyaq.statistics.Terms.logLikelihoodTerm;

import org.apache.commons.math3.special.Gamma;

/**
 * The keyness measures of a word with frequency {@code a} in a target of {@code N1} tokens and {@code b}
 * in a reference of {@code N2} ({@code statistics.md}, "Keywords"), with
 * {@code E1 = N1 · (a + b) / (N1 + N2)} and {@code E2 = N2 · (a + b) / (N1 + N2)}.
 */
final class Keyness {

    /** Put for a zero {@code b / N2} in {@code percent_diff} (Gabrielatos &amp; Marchi 2012). */
    static final double ZERO_REFERENCE_SHARE = 1e-18;

    private Keyness() {
    }

    static KeywordRow row(String word, int a, int b, long n1, long n2) {
        double A = a;
        double B = b;
        double N1 = n1;
        double N2 = n2;
        double e1 = N1 * (A + B) / (N1 + N2);
        double e2 = N2 * (A + B) / (N1 + N2);
        double share1 = A / N1;
        double share2 = B / N2;
        // Rayson & Garside 2000: 2 · (a · ln(a / E1) + b · ln(b / E2)), 0 · ln 0 = 0, negative when a/N1 < b/N2;
        // rounding can leave an exact fit a hair below zero
        double g2 = Math.max(0, 2 * (logLikelihoodTerm(A, e1) + logLikelihoodTerm(B, e2)));
        // a / N1 < b / N2 compared exactly, as a · N2 < b · N1
        double logLikelihood = (long) a * n2 < (long) b * n1 ? -g2 : g2;
        // Hardie 2014: log2((a / N1) / (b / N2)), with 0.5 put for a zero count
        double logRatio = log2((halfForZero(A) / N1) / (halfForZero(B) / N2));
        // Gabrielatos & Marchi 2012: ((a / N1 − b / N2) / (b / N2)) · 100, with 1e-18 put for a zero b / N2
        double reference = share2 == 0 ? ZERO_REFERENCE_SHARE : share2;
        double percentDiff = (share1 - reference) / reference * 100;
        return new KeywordRow(word, a, b, share1 * 1_000_000, share2 * 1_000_000, logLikelihood, logRatio, percentDiff,
                pValue(g2));
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
