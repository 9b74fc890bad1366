package org.siyaq.query;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The one place queries run, for the HTTP API and the web UI alike: a fixed pool of workers
 * ({@code siyaq.query-workers}, default one per core) behind a bounded wait queue
 * ({@code siyaq.query-queue}), each query with a deadline ({@code siyaq.query-timeout}) that starts
 * when it is submitted. A full queue turns a request away at once ({@link ServerBusyException}); a
 * query past its deadline, or cancelled by its user, stops at its next {@link Deadline#check()}.
 */
@Service
public class QueryExecutor {

    private final ThreadPoolExecutor pool;
    private final Duration timeout;

    public QueryExecutor(@Value("${siyaq.query-workers:0}") int workers, @Value("${siyaq.query-queue:256}") int queue,
            @Value("${siyaq.query-timeout:10s}") Duration timeout) {
        int threads = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(Math.max(1, queue)),
                task -> {
                    Thread thread = new Thread(task, "query-worker-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.timeout = timeout;
    }

    /** A query started with {@link #submit}: cancel it when its user goes away. */
    public interface Running {
        void cancel();
    }

    /**
     * Runs {@code work} on a worker and waits for its answer (a request thread of the API does).
     *
     * @throws ServerBusyException when every worker is busy and the queue is full
     * @throws QueryTimeoutException when the answer is not there by the deadline (the query is cancelled)
     */
    public <T> T call(Supplier<T> work) {
        Deadline deadline = Deadline.in(timeout);
        FutureTask<T> task = new FutureTask<>(() -> run(deadline, work));
        execute(task);
        try {
            return task.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            stop(deadline, task);
            throw new QueryTimeoutException();
        } catch (InterruptedException e) {
            stop(deadline, task);
            Thread.currentThread().interrupt();
            throw new QueryCancelledException();
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    /**
     * Starts {@code work} on a worker and returns at once; {@code done} gets the result or the failure
     * on the worker thread (not at all when the query is cancelled before it starts).
     *
     * @throws ServerBusyException when every worker is busy and the queue is full
     */
    public <T> Running submit(Supplier<T> work, BiConsumer<T, RuntimeException> done) {
        Deadline deadline = Deadline.in(timeout);
        FutureTask<Void> task = new FutureTask<>(() -> {
            T result;
            try {
                result = run(deadline, work);
            } catch (RuntimeException e) {
                done.accept(null, e);
                return null;
            }
            done.accept(result, null);
            return null;
        });
        execute(task);
        return () -> stop(deadline, task);
    }

    /** Queries waiting for a worker now. */
    public int waiting() {
        return pool.getQueue().size();
    }

    private static <T> T run(Deadline deadline, Supplier<T> work) {
        deadline.check();
        return deadline.runWith(work);
    }

    private void execute(Runnable task) {
        try {
            pool.execute(task);
        } catch (RejectedExecutionException e) {
            throw new ServerBusyException();
        }
    }

    /** Cancels without interrupting: the worker stops at the query's next check; a queued task never starts. */
    private void stop(Deadline deadline, Future<?> task) {
        deadline.cancel();
        if (task.cancel(false)) {
            pool.remove((Runnable) task);
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(cause);
    }

    @PreDestroy
    void shutdown() {
        pool.shutdownNow();
    }
}
