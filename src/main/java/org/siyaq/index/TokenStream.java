package org.siyaq.index;

import java.util.Arrays;
import java.util.Objects;

/**
 * The form id of every token of a corpus in three bytes instead of an {@code int}'s four: the low 16
 * bits of each id in a {@code char[]}, the next 8 in a {@code byte[]}, enough for 16,777,216 forms
 * (the 10M benchmark corpus has 737,178; a 100M one a few million). Immutable.
 * <p>
 * A read is two plain array loads, an or and a shift: no multiply and no shift by a variable amount,
 * so the hot loops that read the stream around every hit (collocates, the concordance's sort keys)
 * keep their speed (bit-packing ids at 20 bits saved another half byte a token, but a collocates count
 * that reads the stream took 20–30% more CPU time with it, measured in {@code docs/performance.md}).
 * A corpus of more forms keeps the ids in an {@code int[]}.
 */
public final class TokenStream {

    /** The ids the two narrow arrays hold: below 2^24. */
    static final int NARROW_BOUND = 1 << 24;

    private final int size;
    /** Low 16 bits of each id; {@code null} when {@link #wide} holds the ids. */
    private final char[] low;
    /** Bits 16–23 of each id. */
    private final byte[] high;
    /** Every id, for a lexicon of 2^24 forms or more; {@code null} otherwise. */
    private final int[] wide;

    /**
     * Packs {@code ids[0..size)}, each in {@code [0, bound)}.
     *
     * @throws IllegalArgumentException when an id is negative or not below {@code bound}
     */
    public static TokenStream of(int[] ids, int size, int bound) {
        return new TokenStream(ids, size, bound);
    }

    /** Packs {@code ids}, each in {@code [0, bound)}. */
    public static TokenStream of(int[] ids, int bound) {
        return of(ids, ids.length, bound);
    }

    private TokenStream(int[] ids, int size, int bound) {
        this.size = size;
        for (int p = 0; p < size; p++) {
            if (ids[p] < 0 || ids[p] >= bound) {
                throw new IllegalArgumentException("form id " + ids[p] + " at " + p + " outside 0.." + (bound - 1));
            }
        }
        if (bound > NARROW_BOUND) {
            low = null;
            high = null;
            wide = Arrays.copyOf(ids, size);
            return;
        }
        low = new char[size];
        high = new byte[size];
        wide = null;
        for (int p = 0; p < size; p++) {
            low[p] = (char) ids[p];
            high[p] = (byte) (ids[p] >>> 16);
        }
    }

    /** The number of tokens. */
    public int size() {
        return size;
    }

    /** The form id of token {@code position}. */
    public int get(int position) {
        if (wide != null) {
            return wide[position];
        }
        return low[position] | (high[position] & 0xFF) << 16;
    }

    /** The form ids of tokens {@code [from, to)} into {@code out} from {@code at} on. */
    public void get(int from, int to, int[] out, int at) {
        Objects.checkFromToIndex(from, to, size);
        if (wide != null) {
            System.arraycopy(wide, from, out, at, to - from);
            return;
        }
        for (int p = from; p < to; p++) {
            out[at++] = low[p] | (high[p] & 0xFF) << 16;
        }
    }

    /** The form ids of tokens {@code [from, to)} as a new array. */
    public int[] toArray(int from, int to) {
        int[] out = new int[to - from];
        get(from, to, out, 0);
        return out;
    }

    /** Every form id, as a new array. */
    public int[] toArray() {
        return toArray(0, size);
    }

    /** Bytes held (the arrays). */
    public long bytes() {
        return wide != null ? 4L * wide.length : 2L * low.length + high.length;
    }

    @Override
    public String toString() {
        return "TokenStream[" + size + " tokens" + (wide != null ? ", 4 bytes each]" : ", 3 bytes each]");
    }
}
