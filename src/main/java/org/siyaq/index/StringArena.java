package org.siyaq.index;

import java.util.Arrays;

/**
 * Distinct strings in code-point order, packed into one byte array: the strings of a level without an
 * object, a header or a hash entry each (about 1 byte a char and 1.4 bytes a string, where a
 * {@code String} in a {@code HashMap} costs some 90 bytes before its chars). A string whose chars are
 * all ASCII or Arabic (U+0000–U+007F, U+0600–U+067F: the letters, marks and digits of Arabic text)
 * takes one byte a char: the byte itself for ASCII, {@code 0x80 + (c − 0x600)} for Arabic; any other
 * string takes two bytes a char (UTF-16, big-endian), marked by a bit of {@code wide}. Where a string
 * starts is kept per block of {@value #BLOCK} strings, with each string's length in a byte (255: see
 * {@code longLengths}), so a string costs 1.4 bytes of bookkeeping instead of a 4-byte offset.
 * Lookup is a binary search in code-point order, so no table is needed beside these.
 */
final class StringArena {

    private static final int BLOCK = 16;
    private static final int LONG = 255;

    private final int size;
    private final byte[] bytes;
    /** Where the first string of each block of {@value #BLOCK} starts in {@code bytes}. */
    private final int[] blockStart;
    /** Each string's length in bytes, unsigned; {@value #LONG} for a length of 255 or more. */
    private final byte[] lengths;
    /** The strings whose length is {@value #LONG} or more (ascending) and those lengths. */
    private final int[] longIndex;

    private final int[] longLength;
    /** Bit i: string i takes two bytes a char. */
    private final long[] wide;

    /** @param sorted distinct strings in code-point order ({@link Lexicon#compareCodePoints}) */
    StringArena(String[] sorted) {
        size = sorted.length;
        long total = 0;
        int longCount = 0;
        boolean[] isNarrow = new boolean[size];
        for (int i = 0; i < size; i++) {
            String s = sorted[i];
            isNarrow[i] = narrow(s);
            int n = isNarrow[i] ? s.length() : 2 * s.length();
            total += n;
            if (n >= LONG) {
                longCount++;
            }
        }
        bytes = new byte[Math.toIntExact(total)];
        blockStart = new int[(size + BLOCK - 1) / BLOCK];
        lengths = new byte[size];
        longIndex = new int[longCount];
        longLength = new int[longCount];
        wide = new long[(size + 63) / 64];
        int at = 0;
        int longs = 0;
        for (int i = 0; i < size; i++) {
            String s = sorted[i];
            boolean narrow = isNarrow[i];
            if (i % BLOCK == 0) {
                blockStart[i / BLOCK] = at;
            }
            if (!narrow) {
                wide[i >>> 6] |= 1L << i;
            }
            int from = at;
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (narrow) {
                    bytes[at++] = (byte) (c < 0x80 ? c : 0x80 + (c - 0x600));
                } else {
                    bytes[at++] = (byte) (c >>> 8);
                    bytes[at++] = (byte) c;
                }
            }
            int n = at - from;
            lengths[i] = (byte) Math.min(n, LONG);
            if (n >= LONG) {
                longIndex[longs] = i;
                longLength[longs++] = n;
            }
        }
    }

    /** An arena from the arrays another one held ({@link LexiconCodec}); the block starts are counted again. */
    StringArena(int size, byte[] bytes, byte[] lengths, long[] wide, int[] longIndex, int[] longLength) {
        if (lengths.length != size || wide.length != (size + 63) / 64 || longIndex.length != longLength.length) {
            throw new IllegalArgumentException("inconsistent string arena of " + size + " strings");
        }
        this.size = size;
        this.bytes = bytes;
        this.lengths = lengths;
        this.wide = wide;
        this.longIndex = longIndex;
        this.longLength = longLength;
        this.blockStart = new int[(size + BLOCK - 1) / BLOCK];
        long at = 0;
        for (int i = 0, longs = 0; i < size; i++) {
            if (i % BLOCK == 0) {
                blockStart[i / BLOCK] = Math.toIntExact(at);
            }
            int n = lengths[i] & 0xFF;
            at += n < LONG ? n : longLength[longs++];
        }
        if (at != bytes.length) {
            throw new IllegalArgumentException(
                    "string lengths add up to " + at + " bytes, the arena has " + bytes.length);
        }
    }

    private static boolean narrow(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= 0x80 && (c < 0x600 || c >= 0x680)) {
                return false;
            }
        }
        return true;
    }

    int size() {
        return size;
    }

    /** The length of string {@code i} in bytes. */
    private int byteLength(int i) {
        int n = lengths[i] & 0xFF;
        return n < LONG ? n : longLength[Arrays.binarySearch(longIndex, i)];
    }

    private int start(int i) {
        int at = blockStart[i / BLOCK];
        for (int j = i - i % BLOCK; j < i; j++) {
            at += byteLength(j);
        }
        return at;
    }

    private boolean wide(int i) {
        return (wide[i >>> 6] & 1L << i) != 0;
    }

    /** The number of chars of string {@code i}. */
    int length(int i) {
        int n = byteLength(i);
        return wide(i) ? n / 2 : n;
    }

    /** Char {@code k} of a string that starts at byte {@code at} and is {@code wide} or not. */
    private char charAt(int at, boolean wide, int k) {
        if (wide) {
            at += 2 * k;
            return (char) ((bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF);
        }
        int b = bytes[at + k] & 0xFF;
        return (char) (b < 0x80 ? b : 0x600 + (b - 0x80));
    }

    String get(int i) {
        int at = start(i);
        boolean wide = wide(i);
        char[] chars = new char[length(i)];
        for (int k = 0; k < chars.length; k++) {
            chars[k] = charAt(at, wide, k);
        }
        return new String(chars);
    }

    /** The index of {@code s}, or -1 when it is not here. */
    int indexOf(String s) {
        int lo = 0;
        int hi = size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(mid, s);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /**
     * String {@code i} against {@code s} in code-point order, exactly as {@link Lexicon#compareCodePoints}
     * orders them (a lone surrogate counts as its own value), so the binary search agrees with the sort.
     */
    private int compare(int i, String s) {
        int at = start(i);
        boolean wide = wide(i);
        int n = length(i);
        int m = s.length();
        int a = 0;
        int b = 0;
        while (a < n && b < m) {
            int ca = codePointAt(at, wide, a, n);
            int cb = s.codePointAt(b);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            a += Character.charCount(ca);
            b += Character.charCount(cb);
        }
        return Integer.compare(n - a, m - b);
    }

    /** String {@code i} here against string {@code j} of {@code other}, in the same code-point order, without making either. */
    int compare(int i, StringArena other, int j) {
        int at = start(i);
        boolean wide = wide(i);
        int n = length(i);
        int otherAt = other.start(j);
        boolean otherWide = other.wide(j);
        int m = other.length(j);
        int a = 0;
        int b = 0;
        while (a < n && b < m) {
            int ca = codePointAt(at, wide, a, n);
            int cb = other.codePointAt(otherAt, otherWide, b, m);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            a += Character.charCount(ca);
            b += Character.charCount(cb);
        }
        return Integer.compare(n - a, m - b);
    }

    private int codePointAt(int at, boolean wide, int k, int n) {
        char c = charAt(at, wide, k);
        if (Character.isHighSurrogate(c) && k + 1 < n) {
            char d = charAt(at, wide, k + 1);
            if (Character.isLowSurrogate(d)) {
                return Character.toCodePoint(c, d);
            }
        }
        return c;
    }

    // the arrays as they are, for LexiconCodec (not to be modified)

    int byteCount() {
        return bytes.length;
    }

    int longCount() {
        return longIndex.length;
    }

    byte[] arenaBytes() {
        return bytes;
    }

    byte[] lengthBytes() {
        return lengths;
    }

    long[] wideBits() {
        return wide;
    }

    int[] longIndex() {
        return longIndex;
    }

    int[] longLength() {
        return longLength;
    }

    /** Bytes held: the arena and the offsets. */
    long bytes() {
        return bytes.length + 4L * blockStart.length + lengths.length + 8L * wide.length + 8L * longIndex.length;
    }

    @Override
    public String toString() {
        return "StringArena[" + size() + " strings, " + bytes.length + " bytes]";
    }

    /** The strings, for tests and persistence. */
    String[] toArray() {
        String[] out = new String[size()];
        Arrays.setAll(out, this::get);
        return out;
    }
}
