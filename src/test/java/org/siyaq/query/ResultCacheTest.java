package org.siyaq.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The shared result cache: one computation per result, however many ask at once, within its memory bound. */
class ResultCacheTest {

    private final ResultCache<int[]> cache = new ResultCache<>(1000, v -> 4L * v.length);

    @Test
    void two_identical_requests_one_after_the_other_compute_once() {
        AtomicInteger computed = new AtomicInteger();
        int[] first = cache.get("corpus|query", () -> new int[] {computed.incrementAndGet()});
        int[] second = cache.get("corpus|query", () -> new int[] {computed.incrementAndGet()});
        assertThat(computed).hasValue(1);
        assertThat(second).isSameAs(first);
    }

    @Test
    void identical_requests_at_the_same_moment_compute_once_and_all_get_the_result() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        int askers = 8;
        ExecutorService threads = Executors.newFixedThreadPool(askers);
        try {
            List<Future<int[]>> answers = new ArrayList<>();
            for (int i = 0; i < askers; i++) {
                answers.add(threads.submit(() -> cache.get("corpus|query", () -> {
                    computed.incrementAndGet();
                    await(release);
                    return new int[] {7};
                })));
            }
            // every asker is either computing or waiting before the computation may finish
            Thread.sleep(200);
            release.countDown();
            int[] first = answers.get(0).get(5, TimeUnit.SECONDS);
            for (Future<int[]> answer : answers) {
                assertThat(answer.get(5, TimeUnit.SECONDS)).isSameAs(first);
            }
            assertThat(computed).hasValue(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void different_requests_are_computed_separately() {
        AtomicInteger computed = new AtomicInteger();
        cache.get("corpus|a", () -> new int[] {computed.incrementAndGet()});
        cache.get("corpus|b", () -> new int[] {computed.incrementAndGet()});
        assertThat(computed).hasValue(2);
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void the_least_recently_used_results_go_when_the_memory_bound_is_reached() {
        cache.get("a", () -> new int[100]);
        cache.get("b", () -> new int[100]);
        cache.get("a", () -> new int[0]);
        cache.get("c", () -> new int[100]);
        assertThat(cache.bytes()).isLessThanOrEqualTo(1000);
        assertThat(cache.size()).isEqualTo(2);
        AtomicInteger recomputed = new AtomicInteger();
        cache.get("a", () -> new int[recomputed.incrementAndGet()]);
        cache.get("b", () -> new int[recomputed.incrementAndGet()]);
        assertThat(recomputed).hasValue(1);
    }

    @Test
    void a_result_larger_than_the_bound_is_returned_but_not_kept() {
        int[] big = cache.get("big", () -> new int[1000]);
        assertThat(big).hasSize(1000);
        assertThat(cache.size()).isZero();
    }

    @Test
    void a_failed_computation_is_not_cached() {
        assertThatThrownBy(() -> cache.get("k", () -> {
                    throw new QueryTimeoutException();
                }))
                .isInstanceOf(QueryTimeoutException.class);
        assertThat(cache.get("k", () -> new int[] {1})).containsExactly(1);
    }

    @Test
    void a_waiting_request_computes_the_result_itself_when_the_first_one_is_cancelled() throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch cancel = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<int[]> cancelled = threads.submit(() -> cache.get("k", () -> {
                computing.countDown();
                await(cancel);
                throw new QueryCancelledException();
            }));
            assertThat(computing.await(5, TimeUnit.SECONDS)).isTrue();
            Future<int[]> waiting = threads.submit(() -> cache.get("k", () -> new int[] {2}));
            Thread.sleep(100);
            cancel.countDown();
            assertThat(waiting.get(5, TimeUnit.SECONDS)).containsExactly(2);
            assertThatThrownBy(() -> cancelled.get(5, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(QueryCancelledException.class);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
