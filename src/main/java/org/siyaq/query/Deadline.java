package org.siyaq.query;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A point in time after which a query gives up, and a flag its user can raise to stop it sooner; long
 * loops check both now and then. The query worker that runs a query makes its deadline the thread's
 * {@link #current()} one, so a loop deep in a service finds it. Cancelling is cooperative, not a
 * thread interrupt, so a query stopped in the middle of a store read never closes a database file.
 */
public final class Deadline {

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private final long nanos;
    private volatile boolean cancelled;

    private Deadline(long nanos) {
        this.nanos = nanos;
    }

    public static Deadline in(Duration duration) {
        return new Deadline(System.nanoTime() + duration.toNanos());
    }

    public static Deadline none() {
        return new Deadline(Long.MAX_VALUE);
    }

    /** The deadline of the query this thread runs, or {@link #none()} outside a query worker. */
    public static Deadline current() {
        Deadline d = CURRENT.get();
        return d == null ? none() : d;
    }

    /** Whether this thread runs a query with a deadline (a query worker does). */
    public static boolean isSet() {
        return CURRENT.get() != null;
    }

    /** Runs {@code work} with this deadline as the thread's current one. */
    public <T> T runWith(Supplier<T> work) {
        Deadline previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Asks the query to stop at its next check. */
    public void cancel() {
        cancelled = true;
    }

    public boolean cancelled() {
        return cancelled;
    }

    public boolean passed() {
        return nanos != Long.MAX_VALUE && System.nanoTime() - nanos > 0;
    }

    /** Nanoseconds left, at least 0; {@link Long#MAX_VALUE} for no deadline. */
    public long remainingNanos() {
        return nanos == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(0, nanos - System.nanoTime());
    }

    /**
     * Stops the query: throws {@link QueryTimeoutException} when this deadline has passed, and
     * {@link QueryCancelledException} when the query was cancelled or its thread interrupted.
     */
    public void check() {
        if (passed()) {
            throw new QueryTimeoutException();
        }
        if (cancelled || Thread.currentThread().isInterrupted()) {
            throw new QueryCancelledException();
        }
    }

    /** {@link #check()} on the current deadline (an interrupt alone outside a worker); long loops call it now and then. */
    public static void checkCurrent() {
        Deadline d = CURRENT.get();
        if (d != null) {
            d.check();
        } else if (Thread.currentThread().isInterrupted()) {
            throw new QueryCancelledException();
        }
    }
}
