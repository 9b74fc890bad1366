package org.siyaq.index;

import java.util.Arrays;

/**
 * Distinct strings in code-point order, packed into one byte array with an offset per string: the
 * strings of a level without an object, a header or a hash entry each (about 1 byte a char and 4 bytes
 * a string, where a {@code String} in a {@code HashMap} costs some 90 bytes before its chars). A string
 * whose chars are all ASCII or Arabic (U+0000–U+007F, U+0600–U+067F: the letters, marks and digits of
 * Arabic text) takes one byte a char: the byte itself for ASCII, {@code 0x80 + (c − 0x600)} for Arabic;
 * any other string takes two bytes a char (UTF-16, big-endian), marked by the top bit of its offset.
 * Lookup is a binary search in code-point order, so no table is needed beside the offsets.
 */
final class StringArena {

    private static final int WIDE = 1 << 31;

    private final byte[] bytes;
    /** Start of string {@code i} in {@code bytes} (top bit: two bytes a char), then the end of the last. */
    private final int[] offsets;

    /** @param sorted distinct strings in code-point order ({@link Lexicon#compareCodePoints}) */
    StringArena(String[] sorted) {
        long total = 0;
        for (String s : sorted) {
            total += narrow(s) ? s.length() : 2L * s.length();
        }
        bytes = new byte[Math.toIntExact(total)];
        offsets = new int[sorted.length + 1];
        int at = 0;
        for (int i = 0; i < sorted.length; i++) {
            String s = sorted[i];
            boolean narrow = narrow(s);
            offsets[i] = narrow ? at : at | WIDE;
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (narrow) {
                    bytes[at++] = (byte) (c < 0x80 ? c : 0x80 + (c - 0x600));
                } else {
                    bytes[at++] = (byte) (c >>> 8);
                    bytes[at++] = (byte) c;
                }
            }
        }
        offsets[sorted.length] = at;
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
        return offsets.length - 1;
    }

    private int start(int i) {
        return offsets[i] & ~WIDE;
    }

    private boolean wide(int i) {
        return (offsets[i] & WIDE) != 0;
    }

    /** The number of chars of string {@code i}. */
    int length(int i) {
        int n = start(i + 1) - start(i);
        return wide(i) ? n / 2 : n;
    }

    /** Char {@code k} of string {@code i}. */
    char charAt(int i, int k) {
        int at = start(i);
        if (wide(i)) {
            at += 2 * k;
            return (char) ((bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF);
        }
        int b = bytes[at + k] & 0xFF;
        return (char) (b < 0x80 ? b : 0x600 + (b - 0x80));
    }

    String get(int i) {
        char[] chars = new char[length(i)];
        for (int k = 0; k < chars.length; k++) {
            chars[k] = charAt(i, k);
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
        int n = length(i);
        int m = s.length();
        int a = 0;
        int b = 0;
        while (a < n && b < m) {
            int ca = codePointAt(i, a, n);
            int cb = s.codePointAt(b);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            a += Character.charCount(ca);
            b += Character.charCount(cb);
        }
        return Integer.compare(n - a, m - b);
    }

    private int codePointAt(int i, int k, int n) {
        char c = charAt(i, k);
        if (Character.isHighSurrogate(c) && k + 1 < n) {
            char d = charAt(i, k + 1);
            if (Character.isLowSurrogate(d)) {
                return Character.toCodePoint(c, d);
            }
        }
        return c;
    }

    /** Bytes held: the arena and the offsets. */
    long bytes() {
        return bytes.length + 4L * offsets.length;
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
