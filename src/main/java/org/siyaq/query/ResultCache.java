package org.siyaq.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * A least-recently-used cache of query results shared by every user, bounded by an estimate of the
 * bytes its values hold rather than by a count.
 */
public final class ResultCache<V> {

    private final long maxBytes;
    private final ToLongFunction<V> weigher;
    private final Map<String, V> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    public ResultCache(long maxBytes, ToLongFunction<V> weigher) {
        this.maxBytes = maxBytes;
        this.weigher = weigher;
    }

    /** The cached value for {@code key}, computing it (outside the lock) when absent. */
    public V get(String key, Supplier<V> compute) {
        synchronized (this) {
            V v = entries.get(key);
            if (v != null) {
                return v;
            }
        }
        V value = compute.get();
        long weight = weigher.applyAsLong(value);
        if (weight <= maxBytes) {
            synchronized (this) {
                V old = entries.put(key, value);
                if (old != null) {
                    bytes -= weigher.applyAsLong(old);
                }
                bytes += weight;
                var it = entries.entrySet().iterator();
                while (bytes > maxBytes && it.hasNext()) {
                    bytes -= weigher.applyAsLong(it.next().getValue());
                    it.remove();
                }
            }
        }
        return value;
    }

    /** Drops every entry whose key starts with {@code prefix} (a corpus that changed or went). */
    public synchronized void invalidate(String prefix) {
        var it = entries.entrySet().iterator();
        while (it.hasNext()) {
            var e = it.next();
            if (e.getKey().startsWith(prefix)) {
                bytes -= weigher.applyAsLong(e.getValue());
                it.remove();
            }
        }
    }
}
