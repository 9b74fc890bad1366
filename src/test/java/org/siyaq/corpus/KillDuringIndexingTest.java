package org.siyaq.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siyaq.analysis.ArabicAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Kills a real indexing process half-way (as a power cut or {@code kill -9} would) and checks that on
 * the next start the database is consistent: the half-indexed corpus is gone, the complete one is
 * there unchanged and still answers.
 */
class KillDuringIndexingTest {

    @TempDir
    Path dir;

    @Test
    void a_kill_mid_indexing_leaves_the_half_corpus_absent_and_every_earlier_corpus_unchanged() throws Exception {
        String db = dir.resolve("siyaq").toString();
        Process child = new ProcessBuilder(
                        javaBinary(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        IngestUntilKilled.class.getName(),
                        db)
                .redirectErrorStream(true)
                .start();
        int committed = 0;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("DONE ")) {
                    committed = Integer.parseInt(line.substring(5));
                    if (committed >= 20_000) {
                        break;
                    }
                }
                assertThat(line).isNotEqualTo("DOOMED READY");
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(committed)
                .as("the child got half-way through the second corpus")
                .isGreaterThanOrEqualTo(20_000);

        SingleConnectionDataSource dataSource = new SingleConnectionDataSource("jdbc:h2:file:" + db, "sa", "", true);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            CorpusStore store =
                    new CorpusStore(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
            assertThat(store.corpus(IngestUntilKilled.DOOMED))
                    .get()
                    .extracting(CorpusInfo::status)
                    .as("the killed corpus is still marked as indexing before the restart cleans up")
                    .isEqualTo(CorpusStatus.INDEXING);

            List<String> removed = store.removeIncomplete();

            assertThat(removed).containsExactly(IngestUntilKilled.DOOMED);
            assertThat(store.corpus(IngestUntilKilled.DOOMED)).isEmpty();
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM document WHERE corpus_id = ?",
                            Integer.class,
                            IngestUntilKilled.DOOMED))
                    .isZero();
            CorpusInfo kept = store.corpus(IngestUntilKilled.KEPT).orElseThrow();
            assertThat(kept.status()).isEqualTo(CorpusStatus.READY);
            assertThat(kept.documents()).isEqualTo(20);
            LoadedCorpus reopened = new CorpusIngest(new ArabicAnalysis(), store).open(kept);
            assertThat(reopened.index().size()).isEqualTo(kept.tokens()).isEqualTo(20 * 60);
            assertThat(reopened.text(19).text())
                    .isEqualTo(IngestUntilKilled.documents(20).get(19).text());
        } finally {
            dataSource.destroy();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString()
                + (File.separatorChar == '\\' ? ".exe" : "");
    }
}
