package org.siyaq.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The query pool: answers, deadlines, a full queue, and cancelling a query whose user went away. */
class QueryExecutorTest {

    private QueryExecutor executor;

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    /** Work that checks its deadline like the services' long loops do, until it is stopped. */
    private static Integer spinUntilStopped(CountDownLatch started) {
        started.countDown();
        while (true) {
            Deadline.checkCurrent();
            Thread.onSpinWait();
        }
    }

    @Test
    void a_query_runs_on_a_worker_thread_with_a_deadline_and_its_answer_comes_back() {
        executor = new QueryExecutor(2, 4, Duration.ofSeconds(5));
        String thread =
                executor.call(() -> Deadline.isSet() ? Thread.currentThread().getName() : "no deadline");
        assertThat(thread).startsWith("query-worker-");
        assertThat(Deadline.isSet()).isFalse();
    }

    @Test
    void a_failure_in_the_query_reaches_the_caller_as_it_was_thrown() {
        executor = new QueryExecutor(1, 4, Duration.ofSeconds(5));
        assertThatThrownBy(() -> executor.call(() -> {
                    throw new IllegalArgumentException("bad window");
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad window");
    }

    @Test
    void a_query_past_its_deadline_is_stopped_and_the_caller_told() throws Exception {
        executor = new QueryExecutor(1, 4, Duration.ofMillis(200));
        CountDownLatch started = new CountDownLatch(1);
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> executor.call(() -> spinUntilStopped(started)))
                .isInstanceOf(QueryTimeoutException.class)
                .isNotInstanceOf(QueryCancelledException.class);
        assertThat((System.nanoTime() - t0) / 1e6).isGreaterThanOrEqualTo(190).isLessThan(5000);
        // the worker is free again: the stopped query no longer holds it
        assertThat(executor.call(() -> 42)).isEqualTo(42);
    }

    @Test
    void a_full_queue_turns_the_next_query_away_at_once() throws Exception {
        executor = new QueryExecutor(1, 1, Duration.ofSeconds(10));
        CountDownLatch started = new CountDownLatch(1);
        QueryExecutor.Running busy = executor.submit(() -> spinUntilStopped(started), (r, e) -> {});
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        QueryExecutor.Running queued = executor.submit(() -> 1, (r, e) -> {});
        assertThat(executor.waiting()).isEqualTo(1);
        assertThatThrownBy(() -> executor.call(() -> 2))
                .isInstanceOf(ServerBusyException.class)
                .hasMessageContaining("try again in a moment");
        queued.cancel();
        busy.cancel();
        assertThat(executor.waiting()).isZero();
    }

    @Test
    void cancelling_a_running_query_stops_it_at_its_next_check() throws Exception {
        executor = new QueryExecutor(1, 4, Duration.ofSeconds(30));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        QueryExecutor.Running running = executor.submit(() -> spinUntilStopped(started), (r, e) -> {
            failure.set(e);
            finished.countDown();
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        running.cancel();
        assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(failure.get()).isInstanceOf(QueryCancelledException.class);
    }

    @Test
    void a_query_cancelled_while_it_waits_for_a_worker_never_starts() throws Exception {
        executor = new QueryExecutor(1, 4, Duration.ofSeconds(30));
        CountDownLatch started = new CountDownLatch(1);
        QueryExecutor.Running busy = executor.submit(() -> spinUntilStopped(started), (r, e) -> {});
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        AtomicBoolean ran = new AtomicBoolean();
        QueryExecutor.Running queued = executor.submit(
                () -> {
                    ran.set(true);
                    return 1;
                },
                (r, e) -> {});
        queued.cancel();
        busy.cancel();
        assertThat(executor.call(() -> 3)).isEqualTo(3);
        assertThat(ran).isFalse();
    }
}
