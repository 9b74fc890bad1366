package org.siyaq.ngram;

import java.util.Arrays;
import java.util.BitSet;
import org.siyaq.index.CorpusIndex;
import org.siyaq.index.TokenStream;
import org.siyaq.query.Deadline;

/**
 * Counts the n-grams of a token stream at one level without a string or object per occurrence: an
 * open-addressing hash table keyed by the n type ids at the n-gram's first occurrence, compared
 * against the token stream itself. The result is sorted by frequency descending, then by the n type
 * ids in order, which is the code-point order of the n-gram string (ids are in code-point order, and
 * the space that joins the words sorts before any character a token can hold).
 * <p>
 * Where the n type ids fit in one {@code long} (a 3-gram over fewer than 2^21 types, a bigram always)
 * the table is <em>packed</em>: each entry keeps that number, the first id in the highest bits, so a
 * probe compares two longs instead of reading the token stream back, and the numbers in unsigned order
 * are the entries in id order, which a radix sort of 16 bits a pass gives without reading the stream.
 * Both ways give the same table, row for row.
 */
final class NGramCounter {

    private static final int DIGIT = 16;

    private final int n;
    private final int[] typeTable;
    private final TokenStream tokens;
    /** Bits of one type id in a packed key; 0 when the table is not packed. */
    private final int bits;

    private long[] key;
    private int[] slots = new int[1 << 12];
    private int[] first = new int[1 << 10];
    private int[] hash = new int[1 << 10];
    private int[] freq = new int[1 << 10];
    private int[] range = new int[1 << 10];
    private int[] lastDoc = new int[1 << 10];
    private int size;

    private NGramCounter(int n, int[] typeTable, TokenStream tokens, int bits) {
        this.n = n;
        this.typeTable = typeTable;
        this.tokens = tokens;
        this.bits = bits;
        this.key = bits == 0 ? null : new long[first.length];
    }

    /** Bits a type id of a level with {@code typeCount} types needs. */
    static int bits(int typeCount) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, typeCount - 1)));
    }

    /** Whether n type ids of a level with {@code typeCount} types fit in a {@code long}. */
    static boolean fits(int n, int typeCount) {
        return (long) n * bits(typeCount) <= Long.SIZE;
    }

    /**
     * Counts every n-gram inside one document; with {@code allowedStarts}, only the occurrences
     * starting at a set position.
     */
    static NGramTable count(CorpusIndex index, int[] typeTable, int typeCount, int n, BitSet allowedStarts) {
        return count(index, typeTable, typeCount, n, allowedStarts, fits(n, typeCount));
    }

    /** The same, packed or not ({@code packed} only where {@link #fits}). */
    static NGramTable count(
            CorpusIndex index, int[] typeTable, int typeCount, int n, BitSet allowedStarts, boolean packed) {
        NGramCounter counter = new NGramCounter(n, typeTable, index.tokens(), packed ? bits(typeCount) : 0);
        for (int d = 0; d < index.docCount(); d++) {
            if ((d & 0x3F) == 0) {
                Deadline.checkCurrent();
            }
            for (int p = index.docStart(d); p <= index.docEnd(d) - n; p++) {
                if (allowedStarts == null || allowedStarts.get(p)) {
                    counter.add(p, d);
                }
            }
        }
        return counter.sorted(typeCount);
    }

    private void add(int position, int doc) {
        long k = key == null ? 0 : keyAt(position);
        int h = key == null ? hashAt(position) : hash(k);
        int mask = slots.length - 1;
        for (int s = h & mask; ; s = (s + 1) & mask) {
            int e = slots[s] - 1;
            if (e < 0) {
                insert(s, position, h, k, doc);
                return;
            }
            if (hash[e] == h && (key == null ? sameAt(first[e], position) : key[e] == k)) {
                freq[e]++;
                if (lastDoc[e] != doc) {
                    lastDoc[e] = doc;
                    range[e]++;
                }
                return;
            }
        }
    }

    private void insert(int slot, int position, int h, long k, int doc) {
        if (size == first.length) {
            int capacity = size * 2;
            if (key != null) {
                key = Arrays.copyOf(key, capacity);
            }
            first = Arrays.copyOf(first, capacity);
            hash = Arrays.copyOf(hash, capacity);
            freq = Arrays.copyOf(freq, capacity);
            range = Arrays.copyOf(range, capacity);
            lastDoc = Arrays.copyOf(lastDoc, capacity);
        }
        if (key != null) {
            key[size] = k;
        }
        first[size] = position;
        hash[size] = h;
        freq[size] = 1;
        range[size] = 1;
        lastDoc[size] = doc;
        slots[slot] = ++size;
        if (size * 2 > slots.length) {
            rehash();
        }
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int e = 0; e < size; e++) {
            int s = hash[e] & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = e + 1;
        }
    }

    private int typeAt(int position) {
        return typeTable[tokens.get(position)];
    }

    private int hashAt(int position) {
        int h = 0;
        for (int k = 0; k < n; k++) {
            h = 31 * h + typeAt(position + k);
        }
        // spread the bits (MurmurHash3's finalizer) so that linear probing stays short
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    /** The packed key of the n-gram at {@code position}: its type ids, {@code bits} each, the first highest. */
    private long keyAt(int position) {
        long k = 0;
        for (int i = 0; i < n; i++) {
            k = k << bits | typeAt(position + i);
        }
        return k;
    }

    /** MurmurHash3's 64-bit finalizer. */
    private static int hash(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return (int) k;
    }

    private boolean sameAt(int a, int b) {
        for (int k = 0; k < n; k++) {
            if (typeAt(a + k) != typeAt(b + k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sorts the entries into the order of their type ids, then ranks them by frequency descending with a
     * stable counting sort, so that equal frequencies keep that order.
     */
    private NGramTable sorted(int typeCount) {
        int[] ranked = byFrequency(key == null ? byTypes(typeCount) : byKeys());
        int[] positions = new int[size];
        int[] freqs = new int[size];
        int[] ranges = new int[size];
        for (int i = 0; i < size; i++) {
            int e = ranked[i];
            positions[i] = first[e];
            freqs[i] = freq[e];
            ranges[i] = range[e];
        }
        return new NGramTable(positions, freqs, ranges);
    }

    /** The entries in id order: a least-significant-digit radix sort on the n type ids read from the stream. */
    private int[] byTypes(int typeCount) {
        int[] order = new int[size];
        for (int e = 0; e < size; e++) {
            order[e] = e;
        }
        int[] buffer = new int[size];
        int[] bucket = new int[typeCount + 1];
        for (int k = n - 1; k >= 0; k--) {
            Deadline.checkCurrent();
            Arrays.fill(bucket, 0);
            for (int e : order) {
                bucket[typeAt(first[e] + k) + 1]++;
            }
            for (int t = 0; t < typeCount; t++) {
                bucket[t + 1] += bucket[t];
            }
            for (int e : order) {
                buffer[bucket[typeAt(first[e] + k)]++] = e;
            }
            int[] swap = order;
            order = buffer;
            buffer = swap;
        }
        return order;
    }

    /** The entries in id order: a least-significant-digit radix sort of the packed keys, unsigned, 16 bits a pass. */
    private int[] byKeys() {
        long[] keys = Arrays.copyOf(key, size);
        int[] order = new int[size];
        for (int e = 0; e < size; e++) {
            order[e] = e;
        }
        long[] keyBuffer = new long[size];
        int[] orderBuffer = new int[size];
        int[] bucket = new int[1 << DIGIT];
        for (int shift = 0; shift < n * bits; shift += DIGIT) {
            Deadline.checkCurrent();
            Arrays.fill(bucket, 0);
            for (int i = 0; i < size; i++) {
                bucket[(int) (keys[i] >>> shift) & 0xFFFF]++;
            }
            for (int b = 0, at = 0; b < bucket.length; b++) {
                int c = bucket[b];
                bucket[b] = at;
                at += c;
            }
            for (int i = 0; i < size; i++) {
                int to = bucket[(int) (keys[i] >>> shift) & 0xFFFF]++;
                keyBuffer[to] = keys[i];
                orderBuffer[to] = order[i];
            }
            long[] k = keys;
            keys = keyBuffer;
            keyBuffer = k;
            int[] o = order;
            order = orderBuffer;
            orderBuffer = o;
        }
        return order;
    }

    /** {@code order} stably sorted by frequency, highest first: a counting sort over the frequencies. */
    private int[] byFrequency(int[] order) {
        int max = 0;
        for (int e = 0; e < size; e++) {
            max = Math.max(max, freq[e]);
        }
        // start[max − f]: where the entries of frequency f begin
        int[] start = new int[max + 2];
        for (int e = 0; e < size; e++) {
            start[max - freq[e] + 1]++;
        }
        for (int f = 0; f <= max; f++) {
            start[f + 1] += start[f];
        }
        int[] out = new int[size];
        for (int e : order) {
            out[start[max - freq[e]]++] = e;
        }
        return out;
    }
}
