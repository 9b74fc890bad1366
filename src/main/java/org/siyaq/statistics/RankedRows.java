package org.siyaq.statistics;

import org.apache.lucene.util.IntroSorter;

/**
 * Rows ranked by one measure, sorted only as far as a page asks. Row {@code i} has the value
 * {@code values[i]} and the tie-breaking id {@code ids[i]}; the order is the measure descending
 * ({@link Double#compare}, or ascending where smaller is stronger), equal values by id ascending: the
 * order a stable sort by the measure gives rows listed in id order. A page near the top is answered by
 * selecting the best rows with a bounded heap (O(n log k) for the first k rows, where sorting all of
 * them costs O(n log n)); a page further down sorts every row once. Thread-safe: a cached table is
 * paged by several requests at once.
 */
public final class RankedRows {

    /** A page ending beyond {@code size / FULL_SORT_SHARE} sorts every row instead of selecting. */
    private static final int FULL_SORT_SHARE = 8;

    private static final int MIN_PREFIX = 256;

    private final double[] values;
    private final int[] ids;
    private final int sign;
    /** The row indices; the first {@code sorted} are the best rows in rank order. */
    private final int[] order;

    private int sorted;

    /**
     * @param values    each row's value of the measure ranked by (kept, not copied)
     * @param ids       each row's tie-breaking id, distinct (kept, not copied)
     * @param ascending smaller values rank first (p-values)
     */
    public RankedRows(double[] values, int[] ids, boolean ascending) {
        this.values = values;
        this.ids = ids;
        this.sign = ascending ? 1 : -1;
        this.order = new int[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
    }

    public int size() {
        return order.length;
    }

    /** The row index at rank {@code rank} (0-based); sorts as far as needed first. */
    public synchronized int at(int rank) {
        sortTo(rank + 1);
        return order[rank];
    }

    /** Makes sure the first {@code to} ranks are in order. */
    public synchronized void sortTo(int to) {
        to = Math.min(to, order.length);
        if (to <= sorted) {
            return;
        }
        int want = Math.max(to, Math.max(2 * sorted, MIN_PREFIX));
        if (want >= order.length / FULL_SORT_SHARE) {
            sort(0, order.length);
            sorted = order.length;
        } else {
            select(want);
            sort(0, want);
            sorted = want;
        }
    }

    /** Whether row {@code a} ranks before row {@code b}. */
    private int compare(int a, int b) {
        int byValue = sign * Double.compare(values[a], values[b]);
        return byValue != 0 ? byValue : Integer.compare(ids[a], ids[b]);
    }

    /**
     * Moves the best {@code k} rows to the front (in no particular order): a heap of the best {@code k}
     * seen so far, its worst at the root, which each further row must beat to enter.
     */
    private void select(int k) {
        // order[0..k) is the heap; build it, then offer the rest
        for (int i = k / 2 - 1; i >= 0; i--) {
            siftDown(i, k);
        }
        for (int i = k; i < order.length; i++) {
            if (compare(order[i], order[0]) < 0) {
                int t = order[0];
                order[0] = order[i];
                order[i] = t;
                siftDown(0, k);
            }
        }
    }

    /** Restores the heap below {@code i}: each parent ranks after (is worse than) its children. */
    private void siftDown(int i, int k) {
        int row = order[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= k) {
                break;
            }
            if (child + 1 < k && compare(order[child + 1], order[child]) > 0) {
                child++;
            }
            if (compare(order[child], row) <= 0) {
                break;
            }
            order[i] = order[child];
            i = child;
        }
        order[i] = row;
    }

    private void sort(int from, int to) {
        new IntroSorter() {
            private int pivot;

            @Override
            protected void swap(int i, int j) {
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }

            @Override
            protected void setPivot(int i) {
                pivot = order[i];
            }

            @Override
            protected int comparePivot(int j) {
                return RankedRows.this.compare(pivot, order[j]);
            }

            @Override
            protected int compare(int i, int j) {
                return RankedRows.this.compare(order[i], order[j]);
            }
        }.sort(from, to);
    }
}
