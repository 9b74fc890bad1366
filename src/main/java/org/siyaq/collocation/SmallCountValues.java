package org.siyaq.collocation;

/**
 * One measure's value for the candidates of one table, each (O11, C1) pair computed once when both are
 * small: with R1, N and the node's frequency fixed by the table, a measure depends on O11 and C1 alone, and
 * most candidates of a large region are rare words sharing a few such pairs (a word seen once in the corpus
 * has O11 = C1 = 1). The value is the one {@link AssociationMeasures#value} gives, computed by it.
 */
final class SmallCountValues {

    /** O11 and C1 below this share a remembered value. */
    static final int SMALL = 64;

    private final CollocationMeasure measure;
    private final long r1;
    private final long n;
    private final int nodeFreq;
    private final double[] known = new double[SMALL * SMALL];
    private final boolean[] computed = new boolean[SMALL * SMALL];

    SmallCountValues(CollocationMeasure measure, long r1, long n, int nodeFreq) {
        this.measure = measure;
        this.r1 = r1;
        this.n = n;
        this.nodeFreq = nodeFreq;
    }

    double value(int o11, int c1) {
        if (o11 >= SMALL || c1 >= SMALL) {
            return AssociationMeasures.value(measure, o11, c1, r1, n, nodeFreq);
        }
        int slot = c1 * SMALL + o11;
        if (!computed[slot]) {
            known[slot] = AssociationMeasures.value(measure, o11, c1, r1, n, nodeFreq);
            computed[slot] = true;
        }
        return known[slot];
    }
}
