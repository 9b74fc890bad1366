package org.siyaq.query;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The one place queries run, for the HTTP API and the web UI alike: a fixed pool of workers
 * ({@code siyaq.query-workers}, default two per core and at least four) behind a bounded wait queue
 * ({@code siyaq.query-queue}), each query with a deadline ({@code siyaq.query-timeout}) that starts
 * when it is submitted. A full queue turns a request away at once ({@link ServerBusyException}); a
 * query past its deadline, or cancelled by its user, stops at its next {@link Deadline#check()}.
 * <p>
 * Fair share (issue 11, item 3): each client ({@link QueryClient}: a browser session or an address) has
 * at most one query on a worker; its next ones wait in its own line (at most
 * {@value #WAITING_PER_CLIENT}) and join the shared queue only when the one before has finished. So two
 * clients looping expensive queries hold two workers, never all of them, and since there are more
 * workers than cores another client's query starts at once and shares the processors with theirs.
 */
@Service
public class QueryExecutor {

    /** Queries one client may have waiting behind its running one. */
    static final int WAITING_PER_CLIENT = 8;

    private final ThreadPoolExecutor pool;
    private final Duration timeout;
    private final QueryClient clients;
    /** Per client with a query on the pool (running or queued there): its queries waiting their turn. Guarded by itself. */
    private final Map<String, Deque<ClientTask<?>>> lines = new HashMap<>();

    public QueryExecutor(int workers, int queue, Duration timeout) {
        this(workers, queue, timeout, QueryClient.NONE);
    }

    @Autowired
    public QueryExecutor(
            @Value("${siyaq.query-workers:0}") int workers,
            @Value("${siyaq.query-queue:256}") int queue,
            @Value("${siyaq.query-timeout:10s}") Duration timeout,
            ObjectProvider<QueryClient> clients) {
        this(workers, queue, timeout, clients.getIfAvailable(() -> QueryClient.NONE));
    }

    public QueryExecutor(int workers, int queue, Duration timeout, QueryClient clients) {
        this.clients = clients;
        int threads =
                workers > 0 ? workers : Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(
                threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(Math.max(1, queue)), task -> {
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
        ClientTask<T> task = execute(new FutureTask<>(() -> run(deadline, work)));
        try {
            return task.work.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
        } catch (CancellationException e) {
            // its turn came while the shared queue was full
            throw new ServerBusyException();
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
        ClientTask<Void> queued = execute(task);
        return () -> stop(deadline, queued);
    }

    /** Queries waiting for a worker now. */
    public int waiting() {
        return pool.getQueue().size();
    }

    private static <T> T run(Deadline deadline, Supplier<T> work) {
        deadline.check();
        return deadline.runWith(work);
    }

    /** A query of one client (or of none: {@code client} null), as the pool runs it: the work, then the client's next. */
    private final class ClientTask<T> implements Runnable {
        private final String client;
        private final FutureTask<T> work;

        ClientTask(String client, FutureTask<T> work) {
            this.client = client;
            this.work = work;
        }

        @Override
        public void run() {
            try {
                work.run();
            } finally {
                next(client);
            }
        }
    }

    /** Hands {@code work} to the pool, or to the end of its client's line when the client has a query there. */
    private <T> ClientTask<T> execute(FutureTask<T> work) {
        ClientTask<T> task = new ClientTask<>(clients.current(), work);
        if (task.client != null) {
            synchronized (lines) {
                Deque<ClientTask<?>> line = lines.get(task.client);
                if (line != null) {
                    if (line.size() >= WAITING_PER_CLIENT) {
                        throw new ServerBusyException();
                    }
                    line.addLast(task);
                    return task;
                }
                lines.put(task.client, new ArrayDeque<>());
            }
        }
        try {
            pool.execute(task);
        } catch (RejectedExecutionException e) {
            next(task.client);
            throw new ServerBusyException();
        }
        return task;
    }

    /** The client's query left the pool: its next waiting one goes to the pool, or the client has none there. */
    private void next(String client) {
        if (client == null) {
            return;
        }
        while (true) {
            ClientTask<?> following;
            synchronized (lines) {
                Deque<ClientTask<?>> line = lines.get(client);
                following = line == null ? null : line.pollFirst();
                if (following == null) {
                    lines.remove(client);
                    return;
                }
            }
            if (following.work.isDone()) {
                continue;
            }
            try {
                pool.execute(following);
                return;
            } catch (RejectedExecutionException e) {
                following.work.cancel(false);
            }
        }
    }

    /** Cancels without interrupting: the worker stops at the query's next check; a waiting task never starts. */
    private void stop(Deadline deadline, ClientTask<?> task) {
        deadline.cancel();
        if (task.work.cancel(false)) {
            if (pool.remove(task)) {
                next(task.client);
            } else if (task.client != null) {
                synchronized (lines) {
                    Deque<ClientTask<?>> line = lines.get(task.client);
                    if (line != null) {
                        line.remove(task);
                    }
                }
            }
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
