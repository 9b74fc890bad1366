package org.siyaq.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Results come back in the tasks' order however the workers finish, never more than the depth at once, failures as thrown. */
class LookaheadTest {

    @Test
    void results_come_in_order_with_at_most_depth_tasks_in_flight() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Callable<Integer>> tasks = IntStream.range(0, 40)
                .<Callable<Integer>>mapToObj(i -> () -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    Thread.sleep((40 - i) % 7); // later tasks often finish first
                    running.decrementAndGet();
                    return i;
                })
                .toList();
        List<Integer> results = new ArrayList<>();
        try (Lookahead<Integer> ahead = new Lookahead<>("test-ahead", 3, 3, tasks.iterator())) {
            while (ahead.hasNext()) {
                results.add(ahead.next());
            }
        }
        assertThat(results)
                .containsExactlyElementsOf(IntStream.range(0, 40).boxed().toList());
        assertThat(most.get()).isBetween(1, 3);
    }

    @Test
    void a_failing_task_throws_its_own_exception_to_the_caller() {
        List<Callable<String>> tasks = List.of(() -> "first", () -> {
            throw new IllegalArgumentException("broken document");
        });
        try (Lookahead<String> ahead = new Lookahead<>("test-ahead", 2, 2, tasks.iterator())) {
            assertThat(ahead.next()).isEqualTo("first");
            assertThatThrownBy(ahead::next)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("broken document");
        }
    }
}
