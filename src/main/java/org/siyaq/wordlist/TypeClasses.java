package org.siyaq.wordlist;

/**
 * Which types of a frequency table occur more than once and which exactly once, as two bit sets with
 * a count per 64 types, so that a type's place among the types of its class is a rank (a table held
 * only for one class is indexed by it). About 0.4 bytes a type.
 */
final class TypeClasses {

    private final long[] multi;
    private final long[] single;
    private final int[] multiBefore;
    private final int[] singleBefore;
    private final int multiCount;
    private final int singleCount;

    TypeClasses(int[] freq) {
        int words = (freq.length + 63) >>> 6;
        multi = new long[words];
        single = new long[words];
        for (int t = 0; t < freq.length; t++) {
            if (freq[t] > 1) {
                multi[t >>> 6] |= 1L << t;
            } else if (freq[t] == 1) {
                single[t >>> 6] |= 1L << t;
            }
        }
        multiBefore = new int[words];
        singleBefore = new int[words];
        int m = 0;
        int s = 0;
        for (int w = 0; w < words; w++) {
            multiBefore[w] = m;
            singleBefore[w] = s;
            m += Long.bitCount(multi[w]);
            s += Long.bitCount(single[w]);
        }
        multiCount = m;
        singleCount = s;
    }

    int multiCount() {
        return multiCount;
    }

    int singleCount() {
        return singleCount;
    }

    /** The place of type {@code t} (of two tokens or more) among such types, in type order. */
    int multiIndex(int t) {
        return multiBefore[t >>> 6] + Long.bitCount(multi[t >>> 6] & ((1L << t) - 1));
    }

    /** The place of type {@code t} (of one token) among such types, in type order. */
    int singleIndex(int t) {
        return singleBefore[t >>> 6] + Long.bitCount(single[t >>> 6] & ((1L << t) - 1));
    }

    long bytes() {
        return 8L * (multi.length + single.length) + 4L * (multiBefore.length + singleBefore.length);
    }
}
