package org.siyaq.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.ArabicAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 11, item 2: two instructors editing one corpus at once. One takes it back to a draft while the
 * other re-describes it; after both, memory (what students are answered from) and the database must
 * agree, and the draft must be hidden. Before the fix each edit wrote back the description it had read
 * before the other's write, and in some rounds memory said "class" while the database said "draft".
 */
class ConcurrentEditsTest {

    private static final String ID = "shared";
    private static final int ROUNDS = 300;

    private final DriverManagerDataSource dataSource =
            new DriverManagerDataSource("jdbc:h2:mem:edits-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    private final CorpusStore store = new CorpusStore(
            new JdbcTemplate(dataSource), new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    private final CorpusRegistry registry =
            new CorpusRegistry(store, new CorpusIngest(new ArabicAnalysis(), store), null);
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    ConcurrentEditsTest() {
        registry.add(
                new CorpusInfo(
                        ID,
                        "Shared",
                        null,
                        null,
                        null,
                        Visibility.CLASS,
                        CorpusStatus.INDEXING,
                        0,
                        0,
                        0,
                        Instant.EPOCH),
                List.of(new SourceDocument(
                        "a.txt", "قال الوزير إن المحادثات مستمرة.", null, null, null, null, null, null)),
                p -> {});
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void a_draft_set_while_another_edit_runs_stays_a_draft_in_memory_and_in_the_database() throws Exception {
        int apart = 0;
        for (int round = 0; round < ROUNDS; round++) {
            registry.updateVisibility(ID, Visibility.CLASS);
            String description = "round " + round;
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<Void> hide = CompletableFuture.runAsync(
                    () -> {
                        await(together);
                        registry.updateVisibility(ID, Visibility.DRAFT);
                    },
                    threads);
            CompletableFuture<Void> describe = CompletableFuture.runAsync(
                    () -> {
                        await(together);
                        registry.updateDescription(ID, "Shared", description, null, null);
                    },
                    threads);
            CompletableFuture.allOf(hide, describe).get();

            CorpusInfo inMemory = registry.get(ID).info();
            CorpusInfo stored = store.corpus(ID).orElseThrow();
            if (inMemory.visibility() != stored.visibility() || !description.equals(inMemory.description())) {
                apart++;
            }
            assertThat(stored.visibility()).isEqualTo(Visibility.DRAFT);
            assertThat(stored.description()).isEqualTo(description);
        }
        // before the fix: some rounds ended with memory CLASS (students answered) and the database DRAFT
        assertThat(apart)
                .as("rounds of %s where memory and database disagreed", ROUNDS)
                .isZero();
        assertThat(registry.isVisibleTo(ID, false)).isFalse();
    }

    @Test
    void an_edit_that_fails_its_checks_changes_nothing() {
        CorpusInfo before = registry.get(ID).info();
        String tooLong = "x".repeat(CorpusFields.NAME.maxLength() + 1);

        assertThatThrownBy(() -> registry.updateDescription(ID, tooLong, "new description", null, null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("301");
        assertThatThrownBy(() -> registry.edit(ID, i -> {
                    throw new IllegalArgumentException("refused half-way");
                }))
                .hasMessage("refused half-way");

        assertThat(registry.get(ID).info()).isEqualTo(before);
        assertThat(store.corpus(ID).orElseThrow().description()).isNull();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
