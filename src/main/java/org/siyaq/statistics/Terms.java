package org.siyaq.statistics;

/** Terms shared by the association measures of collocates and the keyness measures of keywords ({@code statistics.md}). */
public final class Terms {

    private Terms() {}

    /** One term of a log-likelihood (Dunning 1993): {@code O · ln(O / E)}, with {@code 0 · ln 0 = 0}. */
    public static double logLikelihoodTerm(double o, double e) {
        return o == 0 ? 0 : o * Math.log(o / e);
    }

    /** The count itself, or 0.5 for a zero count, as log_ratio puts it (Hardie 2014). */
    public static double halfForZero(double count) {
        return count == 0 ? 0.5 : count;
    }

    public static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
