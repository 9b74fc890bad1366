package org.siyaq.collocation;

import org.siyaq.index.CorpusIndex;
import org.siyaq.query.Deadline;
import org.siyaq.query.Hits;

/**
 * The co-occurrence region of a node (Evert 2008): the union of the windows of all its occurrences,
 * each window clipped at its document's edges and leaving out the occurrence's own tokens, as sorted,
 * disjoint {@code [from, to)} intervals of corpus positions.
 */
final class CoOccurrenceRegion {

    private final int[] from;
    private final int[] to;
    private final int count;

    private CoOccurrenceRegion(int[] from, int[] to, int count) {
        this.from = from;
        this.to = to;
        this.count = count;
    }

    /**
     * Merges the left and right windows in one pass: hits are in corpus order, so the left windows
     * start in order and so do the right ones, and two sorted lists merge without sorting.
     */
    static CoOccurrenceRegion of(CorpusIndex index, Hits hits, int left, int right) {
        int h = hits.count();
        int[] leftFrom = new int[h];
        int[] rightTo = new int[h];
        int[] starts = hits.starts();
        int doc = 0;
        for (int i = 0; i < h; i++) {
            while (index.docEnd(doc) <= starts[i]) {
                doc++;
            }
            leftFrom[i] = Math.max(index.docStart(doc), starts[i] - left);
            rightTo[i] = Math.min(index.docEnd(doc), starts[i] + hits.lengthAt(i) + right);
            if ((i & 0xFFFF) == 0) {
                Deadline.checkCurrent();
            }
        }
        int[] from = new int[2 * h];
        int[] to = new int[2 * h];
        int count = 0;
        int i = 0;
        int j = 0;
        while (i < h || j < h) {
            int f;
            int t;
            if (j >= h || i < h && leftFrom[i] <= starts[j] + hits.lengthAt(j)) {
                f = leftFrom[i];
                t = starts[i++];
            } else {
                f = starts[j] + hits.lengthAt(j);
                t = rightTo[j++];
            }
            if (f >= t) {
                continue;
            }
            if (count > 0 && f <= to[count - 1]) {
                to[count - 1] = Math.max(to[count - 1], t);
            } else {
                from[count] = f;
                to[count] = t;
                count++;
            }
        }
        return new CoOccurrenceRegion(from, to, count);
    }

    /** R1: the number of tokens in the region. */
    long size() {
        long size = 0;
        for (int k = 0; k < count; k++) {
            size += to[k] - from[k];
        }
        return size;
    }

    /** O11 of every type: how many tokens of it lie in the region. */
    int[] typeCounts(int[] typeTable, int[] tokens, int typeCount) {
        int[] counts = new int[typeCount];
        for (int k = 0; k < count; k++) {
            for (int p = from[k]; p < to[k]; p++) {
                counts[typeTable[tokens[p]]]++;
            }
            if ((k & 0x3FFF) == 0) {
                Deadline.checkCurrent();
            }
        }
        return counts;
    }
}
