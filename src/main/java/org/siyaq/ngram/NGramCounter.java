package org.siyaq.ngram;

import java.util.Arrays;
import java.util.BitSet;
import org.siyaq.index.CorpusIndex;
import org.siyaq.query.Deadline;

/**
 * Counts the n-grams of a token stream at one level without a string or object per occurrence: an
 * open-addressing hash table keyed by the n type ids at the n-gram's first occurrence, compared
 * against the token stream itself. The result is sorted by frequency descending, then by the n type
 * ids in order, which is the code-point order of the n-gram string (ids are in code-point order, and
 * the space that joins the words sorts before any character a token can hold).
 */
final class NGramCounter {

    private final int n;
    private final int[] typeTable;
    private final int[] tokens;
    private int[] slots = new int[1 << 12];
    private int[] first = new int[1 << 10];
    private int[] hash = new int[1 << 10];
    private int[] freq = new int[1 << 10];
    private int[] range = new int[1 << 10];
    private int[] lastDoc = new int[1 << 10];
    private int size;

    private NGramCounter(int n, int[] typeTable, int[] tokens) {
        this.n = n;
        this.typeTable = typeTable;
        this.tokens = tokens;
    }

    /**
     * Counts every n-gram inside one document; with {@code allowedStarts}, only the occurrences
     * starting at a set position.
     */
    static NGramTable count(CorpusIndex index, int[] typeTable, int typeCount, int n, BitSet allowedStarts) {
        NGramCounter counter = new NGramCounter(n, typeTable, index.tokens());
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
        int h = hashAt(position);
        int mask = slots.length - 1;
        for (int s = h & mask; ; s = (s + 1) & mask) {
            int e = slots[s] - 1;
            if (e < 0) {
                insert(s, position, h, doc);
                return;
            }
            if (hash[e] == h && sameAt(first[e], position)) {
                freq[e]++;
                if (lastDoc[e] != doc) {
                    lastDoc[e] = doc;
                    range[e]++;
                }
                return;
            }
        }
    }

    private void insert(int slot, int position, int h, int doc) {
        if (size == first.length) {
            int capacity = size * 2;
            first = Arrays.copyOf(first, capacity);
            hash = Arrays.copyOf(hash, capacity);
            freq = Arrays.copyOf(freq, capacity);
            range = Arrays.copyOf(range, capacity);
            lastDoc = Arrays.copyOf(lastDoc, capacity);
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
        return typeTable[tokens[position]];
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

    private boolean sameAt(int a, int b) {
        for (int k = 0; k < n; k++) {
            if (typeAt(a + k) != typeAt(b + k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sorts the entries: a least-significant-digit radix sort on the n type ids puts them in
     * code-point order of their strings, then a sort on (frequency descending, that order) ranks them.
     */
    private NGramTable sorted(int typeCount) {
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
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = (long) (Integer.MAX_VALUE - freq[order[i]]) << 32 | i;
        }
        Arrays.sort(keys);
        int[] positions = new int[size];
        int[] freqs = new int[size];
        int[] ranges = new int[size];
        for (int i = 0; i < size; i++) {
            int e = order[(int) keys[i]];
            positions[i] = first[e];
            freqs[i] = freq[e];
            ranges[i] = range[e];
        }
        return new NGramTable(positions, freqs, ranges);
    }
}
