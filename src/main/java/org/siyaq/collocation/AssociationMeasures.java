package org.siyaq.collocation;

import static org.siyaq.statistics.Terms.halfForZero;
import static org.siyaq.statistics.Terms.log2;
import static org.siyaq.statistics.Terms.logLikelihoodTerm;

import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.special.Gamma;

/**
 * The association measures of a collocate from its 2×2 contingency table of surface co-occurrence
 * (Evert 2008, "Corpora and collocations"): {@code O11} tokens of the collocate in the region of
 * {@code R1} tokens, {@code C1} in the corpus of {@code N}.
 */
final class AssociationMeasures {

    private static final ChiSquaredDistribution CHI_SQUARED_1 = new ChiSquaredDistribution(null, 1);
    /** Below this, {@code 1 − cdf} has lost most of its significant digits to cancellation. */
    private static final double CANCELLATION_LIMIT = 1e-8;

    private AssociationMeasures() {}

    static CollocateRow row(String word, int o11, int c1, long r1, long n, int nodeFreq, List<String> forms) {
        double g2 = g2(o11, c1, r1, n);
        double dice = dice(o11, c1, nodeFreq);
        return new CollocateRow(
                word,
                o11,
                e11(c1, r1, n),
                c1,
                mi(o11, c1, r1, n),
                mi3(o11, c1, r1, n),
                tScore(o11, c1, r1, n),
                zScore(o11, c1, r1, n),
                signed(g2, o11, c1, r1, n),
                logDice(dice),
                dice,
                deltaP(o11, c1, r1, n),
                logRatio(o11, c1, r1, n),
                pValue(g2),
                forms);
    }

    /**
     * The value of one measure for these counts, computed alone (the same number as the row's column),
     * so that a table is ranked without computing every measure of every candidate.
     */
    static double value(CollocationMeasure measure, int o11, int c1, long r1, long n, int nodeFreq) {
        return switch (measure) {
            case O11 -> o11;
            case E11 -> e11(c1, r1, n);
            case C1 -> c1;
            case MI -> mi(o11, c1, r1, n);
            case MI3 -> mi3(o11, c1, r1, n);
            case T_SCORE -> tScore(o11, c1, r1, n);
            case Z_SCORE -> zScore(o11, c1, r1, n);
            case LOG_LIKELIHOOD -> signed(g2(o11, c1, r1, n), o11, c1, r1, n);
            case LOG_DICE -> logDice(dice(o11, c1, nodeFreq));
            case DICE -> dice(o11, c1, nodeFreq);
            case DELTA_P -> deltaP(o11, c1, r1, n);
            case LOG_RATIO -> logRatio(o11, c1, r1, n);
            case P_VALUE -> pValue(g2(o11, c1, r1, n));
        };
    }

    static double e11(int c1, long r1, long n) {
        double R1 = r1;
        double C1 = c1;
        double N = n;
        return R1 * C1 / N;
    }

    /** Church &amp; Hanks 1990. */
    static double mi(int o11, int c1, long r1, long n) {
        double O11 = o11;
        return log2(O11 / e11(c1, r1, n));
    }

    /** Daille 1994. */
    static double mi3(int o11, int c1, long r1, long n) {
        double O11 = o11;
        return log2(O11 * O11 * O11 / e11(c1, r1, n));
    }

    /** Church et al. 1991. */
    static double tScore(int o11, int c1, long r1, long n) {
        double O11 = o11;
        return (O11 - e11(c1, r1, n)) / Math.sqrt(O11);
    }

    /** Berry-Rogghe 1973. */
    static double zScore(int o11, int c1, long r1, long n) {
        double O11 = o11;
        double e11 = e11(c1, r1, n);
        return (O11 - e11) / Math.sqrt(e11);
    }

    /** G² (Dunning 1993), unsigned; rounding can leave an exact fit a hair below zero. */
    static double g2(int o11, int c1, long r1, long n) {
        double O11 = o11;
        double O12 = r1 - o11;
        double O21 = c1 - o11;
        double O22 = n - r1 - c1 + o11;
        double R1 = r1;
        double R2 = n - r1;
        double C1 = c1;
        double C2 = n - c1;
        double N = n;
        double e11 = R1 * C1 / N;
        double e12 = R1 * C2 / N;
        double e21 = R2 * C1 / N;
        double e22 = R2 * C2 / N;
        return Math.max(
                0,
                2
                        * (logLikelihoodTerm(O11, e11)
                                + logLikelihoodTerm(O12, e12)
                                + logLikelihoodTerm(O21, e21)
                                + logLikelihoodTerm(O22, e22)));
    }

    /** Log-likelihood: G², negative where the collocate is rarer in the region than expected. */
    private static double signed(double g2, int o11, int c1, long r1, long n) {
        double O11 = o11;
        return O11 < e11(c1, r1, n) ? -g2 : g2;
    }

    /** Smadja et al. 1996. */
    static double dice(int o11, int c1, int nodeFreq) {
        double O11 = o11;
        double C1 = c1;
        return 2 * O11 / (nodeFreq + C1);
    }

    /** Rychlý 2008. */
    static double logDice(double dice) {
        return 14 + log2(dice);
    }

    /** Gries 2013; when the region is the whole corpus there is nothing to contrast it with. */
    static double deltaP(int o11, int c1, long r1, long n) {
        double O11 = o11;
        double O21 = c1 - o11;
        double R1 = r1;
        double R2 = n - r1;
        return R2 == 0 ? 0 : O11 / R1 - O21 / R2;
    }

    /** Hardie 2014, with 0.5 put for a zero count. */
    static double logRatio(int o11, int c1, long r1, long n) {
        double O11 = o11;
        double O21 = c1 - o11;
        double R1 = r1;
        double R2 = n - r1;
        return R2 == 0 ? 0 : log2((halfForZero(O11) / R1) / (halfForZero(O21) / R2));
    }

    /**
     * The upper tail of χ² with one degree of freedom at {@code g2} (Dunning 1993), from Commons Math.
     * Where {@code 1 − cdf} cancels (tails below 1e-8, G² above about 32) it is computed directly as
     * the regularized upper incomplete gamma {@code Q(1/2, G²/2)}, the same function the distribution's
     * cdf is the complement of, so very strong collocates keep a p-value above 0 and in order.
     */
    static double pValue(double g2) {
        double x = Math.abs(g2);
        double tail = 1 - CHI_SQUARED_1.cumulativeProbability(x);
        return tail < CANCELLATION_LIMIT ? Gamma.regularizedGammaQ(0.5, x / 2) : tail;
    }

    /** The value of {@code measure} in a row, for sorting. */
    static double value(CollocateRow r, CollocationMeasure measure) {
        return switch (measure) {
            case O11 -> r.o11();
            case E11 -> r.e11();
            case C1 -> r.c1();
            case MI -> r.mi();
            case MI3 -> r.mi3();
            case T_SCORE -> r.tScore();
            case Z_SCORE -> r.zScore();
            case LOG_LIKELIHOOD -> r.logLikelihood();
            case LOG_DICE -> r.logDice();
            case DICE -> r.dice();
            case DELTA_P -> r.deltaP();
            case LOG_RATIO -> r.logRatio();
            case P_VALUE -> r.pValue();
        };
    }
}
