package org.siyaq.corpus;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a sequence of tasks on worker threads a few ahead of the caller, who takes their results in order: an ingest's
 * documents are tokenized while the caller interns the slice before (issue 14: with the tokenizing and the interning
 * taking turns, one core was idle for most of a 100M-token ingest). At most {@code depth} results wait or run at
 * once, so the memory they hold is bounded.
 */
final class Lookahead<T> implements AutoCloseable {

    private final ExecutorService workers;
    private final Iterator<Callable<T>> tasks;
    private final int depth;
    private final Deque<Future<T>> running = new ArrayDeque<>();

    /** {@code threads} workers named {@code name-1, name-2, …} (daemons), {@code depth} tasks at most in flight. */
    Lookahead(String name, int threads, int depth, Iterator<Callable<T>> tasks) {
        this.workers = Executors.newFixedThreadPool(threads, daemons(name));
        this.tasks = tasks;
        this.depth = Math.max(1, depth);
        fill();
    }

    boolean hasNext() {
        return !running.isEmpty();
    }

    /** Daemon threads named {@code name-1, name-2, …}: an ingest's threads never keep the server from stopping. */
    static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The next task's result, waited for; its failure is thrown here, as the task threw it. */
    T next() {
        Future<T> head = running.poll();
        if (head == null) {
            throw new NoSuchElementException("no task left");
        }
        fill();
        return waitFor(head, "a worker");
    }

    /** The result of {@code future}, waited for; its task's failure is thrown as the task threw it. */
    static <T> T waitFor(Future<T> future, String what) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void fill() {
        while (running.size() < depth && tasks.hasNext()) {
            running.add(workers.submit(tasks.next()));
        }
    }

    /** Stops the workers; tasks not yet run are dropped (after a failure, or once every result was taken). */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
