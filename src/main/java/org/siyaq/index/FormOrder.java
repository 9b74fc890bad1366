package org.siyaq.index;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The forms of one level in the order of their strings there ({@link Lexicon}'s type order), sorted as
 * primitives: each form's key is its first chars, each as its rank among the chars the level uses (a few
 * bits a char), packed with the form id into one {@code long}; one {@link Arrays#sort(long[])} orders
 * them, and only forms whose keys tie while their strings are longer than the key are compared as strings.
 * The key keeps the order of the strings (a shorter string pads with rank 0, below every char), so the
 * result is the order {@link String#compareTo} gives, which is code-point order when no string holds a
 * surrogate; when one does, the slower exact comparison ({@link Lexicon#compareCodePoints}).
 */
final class FormOrder {

    private final String[] strings;
    private final int[] forms;
    /** The key of each position of {@link #forms}, or null when the key does not decide equality. */
    private final long[] keys;

    private final int charsInKey;

    private FormOrder(String[] strings, int[] forms, long[] keys, int charsInKey) {
        this.strings = strings;
        this.forms = forms;
        this.keys = keys;
        this.charsInKey = charsInKey;
    }

    /** Form ids in string order (equal strings in any order). */
    int[] forms() {
        return forms;
    }

    /** Whether the string at position {@code i > 0} of {@link #forms} equals the one before it. */
    boolean sameAsPrevious(int i) {
        String a = strings[forms[i - 1]];
        String b = strings[forms[i]];
        if (keys != null) {
            if (keys[i] != keys[i - 1]) {
                return false;
            }
            if (a.length() <= charsInKey && b.length() <= charsInKey) {
                return true; // the whole of both strings is in the key
            }
        }
        return a.equals(b);
    }

    /** The exact, slower order for strings with surrogates ({@link Lexicon#compareCodePoints}). */
    private static FormOrder byCodePoints(String[] strings) {
        Integer[] boxed = new Integer[strings.length];
        for (int f = 0; f < boxed.length; f++) {
            boxed[f] = f;
        }
        Arrays.sort(boxed, (a, b) -> Lexicon.compareCodePoints(strings[a], strings[b]));
        return new FormOrder(
                strings, Arrays.stream(boxed).mapToInt(Integer::intValue).toArray(), null, 0);
    }

    /** The forms of {@code strings} in code-point order of their strings. */
    static FormOrder of(String[] strings) {
        int[] rank = new int[Character.MAX_VALUE + 1];
        int maxRank = charRanks(strings, rank);
        for (int c = Character.MIN_SURROGATE; c <= Character.MAX_SURROGATE; c++) {
            if (rank[c] != 0) {
                return byCodePoints(strings);
            }
        }
        return byPrefixKeys(strings, rank, maxRank);
    }

    /** The order of {@link String#compareTo}, by packed prefix keys. */
    static FormOrder byPrefixKeys(String[] strings) {
        int[] rank = new int[Character.MAX_VALUE + 1];
        return byPrefixKeys(strings, rank, charRanks(strings, rank));
    }

    private static FormOrder byPrefixKeys(String[] strings, int[] rank, int maxRank) {
        int n = strings.length;
        int bitsPerChar = Math.max(1, 32 - Integer.numberOfLeadingZeros(maxRank)); // ranks 0..maxRank
        int idBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
        int charsInKey = (63 - idBits) / bitsPerChar; // 63: the packed values stay positive for a signed sort
        long idMask = (1L << idBits) - 1;
        long[] packed = new long[n];
        for (int f = 0; f < n; f++) {
            packed[f] = key(strings[f], rank, bitsPerChar, charsInKey) << idBits | f;
        }
        Arrays.sort(packed);
        int[] forms = new int[n];
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            forms[i] = (int) (packed[i] & idMask);
            keys[i] = packed[i] >>> idBits;
        }
        Comparator<Integer> byString = (a, b) -> strings[a].compareTo(strings[b]);
        for (int from = 0; from < n; ) {
            int to = from + 1;
            boolean longer = strings[forms[from]].length() > charsInKey;
            while (to < n && keys[to] == keys[from]) {
                longer |= strings[forms[to]].length() > charsInKey;
                to++;
            }
            if (to - from > 1 && longer) {
                // the key ties: order these few by their whole strings
                Integer[] run = new Integer[to - from];
                for (int i = from; i < to; i++) {
                    run[i - from] = forms[i];
                }
                Arrays.sort(run, byString);
                for (int i = from; i < to; i++) {
                    forms[i] = run[i - from];
                }
            }
            from = to;
        }
        return new FormOrder(strings, forms, keys, charsInKey);
    }

    /**
     * Sets the rank of each char the strings use, among them from 1 (in UTF-16 order), 0 for the chars not
     * used; returns the highest rank.
     */
    private static int charRanks(String[] strings, int[] rank) {
        for (String s : strings) {
            for (int i = 0; i < s.length(); i++) {
                rank[s.charAt(i)] = 1;
            }
        }
        int next = 0;
        for (int c = 0; c < rank.length; c++) {
            if (rank[c] != 0) {
                rank[c] = ++next;
            }
        }
        return next;
    }

    /** The ranks of the first {@code chars} chars of {@code s}, padded with 0, in {@code chars × bits} bits. */
    private static long key(String s, int[] rank, int bits, int chars) {
        long key = 0;
        for (int i = 0; i < chars; i++) {
            key = key << bits | (i < s.length() ? rank[s.charAt(i)] : 0);
        }
        return key;
    }
}
