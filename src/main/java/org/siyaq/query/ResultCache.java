package org.siyaq.query;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * A least-recently-used cache of query results shared by every user, bounded by an estimate of the
 * bytes its values hold rather than by a count. A result is computed once even when a class asks for
 * it at the same moment: later askers wait for the first one's computation instead of repeating it.
 */
public final class ResultCache<V> {

    /** How often a waiting asker looks at its own deadline. */
    private static final long WAIT_SLICE_MS = 50;

    private final long maxBytes;
    private final ToLongFunction<V> weigher;
    private final Map<String, V> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<String, CompletableFuture<V>> computing = new HashMap<>();
    private long bytes;

    public ResultCache(long maxBytes, ToLongFunction<V> weigher) {
        this.maxBytes = maxBytes;
        this.weigher = weigher;
    }

    /**
     * The cached value for {@code key}; when absent, computes it (outside the lock), or waits for the
     * computation another thread has already started. A computation that fails is not cached; one that
     * was cancelled by its own asker is started again by a waiting one.
     */
    public V get(String key, Supplier<V> compute) {
        while (true) {
            CompletableFuture<V> mine = null;
            CompletableFuture<V> theirs;
            synchronized (this) {
                V v = entries.get(key);
                if (v != null) {
                    return v;
                }
                theirs = computing.get(key);
                if (theirs == null) {
                    mine = new CompletableFuture<>();
                    computing.put(key, mine);
                }
            }
            if (mine != null) {
                return compute(key, compute, mine);
            }
            try {
                return await(theirs);
            } catch (QueryCancelledException e) {
                Deadline.checkCurrent();
            }
        }
    }

    private V compute(String key, Supplier<V> compute, CompletableFuture<V> mine) {
        V value;
        try {
            value = compute.get();
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                computing.remove(key);
            }
            mine.completeExceptionally(e);
            throw e;
        }
        long weight = weigher.applyAsLong(value);
        synchronized (this) {
            computing.remove(key);
            if (weight <= maxBytes) {
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
        mine.complete(value);
        return value;
    }

    /** Waits for another asker's computation, checking this thread's own deadline meanwhile. */
    private static <V> V await(CompletableFuture<V> theirs) {
        while (true) {
            try {
                return theirs.get(WAIT_SLICE_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                Deadline.checkCurrent();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new QueryCancelledException();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    /** The cached value for {@code key}, or {@code null}: nothing is computed or waited for. */
    public synchronized V peek(String key) {
        return entries.get(key);
    }

    /** How many results the cache holds now. */
    public synchronized int size() {
        return entries.size();
    }

    /** The estimated bytes the cached results hold now (never more than the bound). */
    public synchronized long bytes() {
        return bytes;
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
