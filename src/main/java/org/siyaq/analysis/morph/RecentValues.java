package org.siyaq.analysis.morph;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded memo of a pure function: the values of the keys asked for lately, kept in two generations
 * (when the current one is full it becomes the old one and the older is dropped), so a key asked for
 * again soon is answered without computing it, and memory stays at most two generations. Thread-safe:
 * two threads may both compute a value, which for a pure function changes nothing but the time.
 *
 * @param <K> the argument
 * @param <V> the value (never null)
 */
public final class RecentValues<K, V> {

    private final int generation;
    private final Function<K, V> function;
    private volatile Map<K, V> current;
    private volatile Map<K, V> previous = Map.of();

    /**
     * @param generation how many keys one generation holds (memory: up to twice this many entries)
     * @param function   the function remembered; it must give the same value for equal keys, never null
     */
    public RecentValues(int generation, Function<K, V> function) {
        if (generation < 1) {
            throw new IllegalArgumentException("generation " + generation);
        }
        this.generation = generation;
        this.function = Objects.requireNonNull(function, "function");
        this.current = newGeneration();
    }

    /** Sized for a whole generation: a table that grows while it fills costs more than the lookups it saves. */
    private Map<K, V> newGeneration() {
        return new ConcurrentHashMap<>(generation);
    }

    /** {@code function.apply(key)}, remembered. */
    public V get(K key) {
        Map<K, V> now = current;
        V value = now.get(key);
        if (value != null) {
            return value;
        }
        value = previous.get(key);
        if (value == null) {
            value = Objects.requireNonNull(function.apply(key), "value");
        }
        if (now.size() >= generation) {
            now = nextGeneration(now);
        }
        now.put(key, value);
        return value;
    }

    private synchronized Map<K, V> nextGeneration(Map<K, V> full) {
        if (current == full) {
            previous = full;
            current = newGeneration();
        }
        return current;
    }
}
