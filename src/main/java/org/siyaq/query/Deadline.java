package org.siyaq.query;

/** A point in time after which a query gives up, checked by long loops. */
public record Deadline(long nanos) {

    public static Deadline in(java.time.Duration duration) {
        return new Deadline(System.nanoTime() + duration.toNanos());
    }

    public static Deadline none() {
        return new Deadline(Long.MAX_VALUE);
    }

    public boolean passed() {
        return nanos != Long.MAX_VALUE && System.nanoTime() - nanos > 0;
    }
}
