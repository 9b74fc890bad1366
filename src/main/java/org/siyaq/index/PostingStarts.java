package org.siyaq.index;

import java.util.Arrays;

/**
 * Where each form's postings start in {@link CorpusIndex}'s posting bytes, in about 1.3 bytes a form
 * instead of an {@code int}'s four: the start of every block of {@value #BLOCK} forms, and each form's
 * byte length in one byte ({@value #LONG}: a longer run, whose length is kept beside, for the few forms
 * frequent enough to need 255 bytes or more). Immutable.
 */
final class PostingStarts {

    private static final int BLOCK = 16;
    private static final int LONG = 255;

    private final int[] blockStart;
    private final byte[] lengths;
    /** The forms whose postings take {@value #LONG} bytes or more (ascending), and those lengths. */
    private final int[] longIndex;

    private final int[] longLength;

    /** @param length each form's postings in bytes */
    PostingStarts(long[] length) {
        int forms = length.length;
        blockStart = new int[(forms + BLOCK - 1) / BLOCK];
        lengths = new byte[forms];
        int longs = 0;
        for (long n : length) {
            if (n >= LONG) {
                longs++;
            }
        }
        longIndex = new int[longs];
        longLength = new int[longs];
        long at = 0;
        for (int f = 0, k = 0; f < forms; f++) {
            if (f % BLOCK == 0) {
                blockStart[f / BLOCK] = Math.toIntExact(at);
            }
            long n = length[f];
            lengths[f] = (byte) Math.min(n, LONG);
            if (n >= LONG) {
                longIndex[k] = f;
                longLength[k++] = Math.toIntExact(n);
            }
            at += n;
        }
        // the postings are one byte array: their total must fit an int
        Math.toIntExact(at);
    }

    /** The byte length of form {@code f}'s postings. */
    int length(int f) {
        int n = lengths[f] & 0xFF;
        return n < LONG ? n : longLength[Arrays.binarySearch(longIndex, f)];
    }

    /** Where form {@code f}'s postings start. */
    int start(int f) {
        int at = blockStart[f / BLOCK];
        for (int j = f - f % BLOCK; j < f; j++) {
            at += length(j);
        }
        return at;
    }

    /** Bytes held (the arrays). */
    long bytes() {
        return 4L * blockStart.length + lengths.length + 8L * longIndex.length;
    }
}
