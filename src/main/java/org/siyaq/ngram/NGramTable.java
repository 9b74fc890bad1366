package org.siyaq.ngram;

/**
 * Every n-gram of a request in rank order: the corpus position of one occurrence (from which its words
 * are read), its frequency and its range. Frequencies never increase down the table.
 */
record NGramTable(int[] positions, int[] freq, int[] range) {

    /** How many rows have at least {@code minFreq} occurrences: a prefix, found by binary search. */
    int rowsWithAtLeast(int minFreq) {
        int lo = 0;
        int hi = freq.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (freq[mid] >= minFreq) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    long bytes() {
        return 64L + 12L * positions.length;
    }
}
