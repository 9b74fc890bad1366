package org.siyaq.collocation;

import org.siyaq.index.CorpusIndex;
import org.siyaq.index.TokenStream;
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

    /** The types that occur in the region, and how many of their tokens do (O11), in no particular order. */
    record TypeCounts(int[] types, int[] counts) {}

    /**
     * O11 of every type that occurs in the region. A large region counts into an array the size of the
     * level; a region much smaller than the vocabulary (a rare node in a large lexicon) counts into an
     * open-addressing table sized by the region, so that its cost does not grow with the number of types.
     */
    TypeCounts typeCounts(int[] typeTable, TokenStream tokens, int typeCount) {
        long size = size();
        return size * 8 < typeCount
                ? sparseCounts(typeTable, tokens, (int) size)
                : denseCounts(typeTable, tokens, typeCount);
    }

    private TypeCounts denseCounts(int[] typeTable, TokenStream tokens, int typeCount) {
        int[] counts = new int[typeCount];
        int distinct = 0;
        for (int k = 0; k < count; k++) {
            for (int p = from[k]; p < to[k]; p++) {
                if (counts[typeTable[tokens.get(p)]]++ == 0) {
                    distinct++;
                }
            }
            if ((k & 0x3FFF) == 0) {
                Deadline.checkCurrent();
            }
        }
        int[] types = new int[distinct];
        int[] o11 = new int[distinct];
        for (int t = 0, i = 0; i < distinct; t++) {
            if (counts[t] > 0) {
                types[i] = t;
                o11[i++] = counts[t];
            }
        }
        return new TypeCounts(types, o11);
    }

    private TypeCounts sparseCounts(int[] typeTable, TokenStream tokens, int size) {
        int capacity = Integer.highestOneBit(Math.max(16, size) * 2 - 1) << 1;
        int mask = capacity - 1;
        // Fibonacci hashing (Knuth, TAOCP 3, 6.4): the top bits of t times 2^32 / phi
        int shift = 32 - Integer.numberOfTrailingZeros(capacity);
        // slot holds type + 1 (0: empty)
        int[] keys = new int[capacity];
        int[] counts = new int[capacity];
        int distinct = 0;
        for (int k = 0; k < count; k++) {
            for (int p = from[k]; p < to[k]; p++) {
                int t = typeTable[tokens.get(p)];
                int s = (t * 0x9E3779B9) >>> shift;
                while (keys[s] != 0 && keys[s] != t + 1) {
                    s = (s + 1) & mask;
                }
                if (keys[s] == 0) {
                    keys[s] = t + 1;
                    distinct++;
                }
                counts[s]++;
            }
            if ((k & 0x3FFF) == 0) {
                Deadline.checkCurrent();
            }
        }
        int[] types = new int[distinct];
        int[] o11 = new int[distinct];
        for (int s = 0, i = 0; s < capacity; s++) {
            if (keys[s] != 0) {
                types[i] = keys[s] - 1;
                o11[i++] = counts[s];
            }
        }
        return new TypeCounts(types, o11);
    }
}
