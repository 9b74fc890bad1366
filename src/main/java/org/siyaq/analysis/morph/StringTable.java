package org.siyaq.analysis.morph;

import java.util.Map;

/**
 * A read-only map from strings, for the analysis's look-ups of every form's stems and candidate roots, most of
 * which find nothing: the keys' hashes lie in one {@code int} array probed linearly, so a key that is not there
 * costs a read or two of that array, and a key's string is compared only when its hash is there too. A
 * {@code HashMap} reads a node and often its key for the same answer (docs/performance.md, "the eleventh session").
 */
final class StringTable<V> {

    /** The keys' mixed hashes, 0 where no key is ({@link #mix} never gives 0). */
    private final int[] hashes;

    private final String[] keys;
    private final Object[] values;
    private final int mask;
    private final int size;

    StringTable(Map<String, V> map) {
        int capacity = Integer.highestOneBit(Math.max(4, map.size() * 2 + 1)) << 1; // at most a quarter full
        hashes = new int[capacity];
        keys = new String[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        size = map.size();
        for (Map.Entry<String, V> e : map.entrySet()) {
            int h = mix(e.getKey().hashCode());
            int i = h & mask;
            while (hashes[i] != 0) {
                i = (i + 1) & mask;
            }
            hashes[i] = h;
            keys[i] = e.getKey();
            values[i] = e.getValue();
        }
    }

    /** The value of {@code key}, or null. */
    @SuppressWarnings("unchecked")
    V get(String key) {
        int h = mix(key.hashCode());
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int found = hashes[i];
            if (found == 0) {
                return null;
            }
            if (found == h && keys[i].equals(key)) {
                return (V) values[i];
            }
        }
    }

    V getOrDefault(String key, V otherwise) {
        V v = get(key);
        return v != null ? v : otherwise;
    }

    boolean containsKey(String key) {
        return get(key) != null;
    }

    int size() {
        return size;
    }

    /** The hash spread over the low bits that index the table (String's hash varies little there for short keys), never 0. */
    private static int mix(int h) {
        h *= 0x9E3779B9;
        h ^= h >>> 16;
        return h == 0 ? 1 : h;
    }
}
