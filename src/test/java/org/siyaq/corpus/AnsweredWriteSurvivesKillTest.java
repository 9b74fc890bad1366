package org.siyaq.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 11, item 8: a 2xx answer means the change is on disk. A process on the application's own
 * database URL commits an edit, says it has answered, and is killed ({@code kill -9}) within
 * milliseconds; the edit and the READY mark must be there when the database is opened again. Before
 * the fix H2 kept commits in memory for up to its write delay (500 ms) and the old values came back.
 */
class AnsweredWriteSurvivesKillTest {

    @TempDir
    Path dir;

    @Test
    void an_edit_answered_just_before_a_kill_is_there_after_the_restart() throws Exception {
        Process child = new ProcessBuilder(
                        java(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        AnswerThenWait.class.getName(),
                        dir.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("ANSWERED")) {
                // the child's log lines, if any
            }
            child.destroyForcibly();
            assertThat(line).as("the child answered").isEqualTo("ANSWERED");
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        SingleConnectionDataSource dataSource =
                new SingleConnectionDataSource(AnswerThenWait.url(dir.toString()), "siyaq", "", true);
        try {
            CorpusStore store = new CorpusStore(
                    new JdbcTemplate(dataSource),
                    new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
            CorpusInfo info =
                    store.corpus(AnswerThenWait.ID).orElseThrow(() -> new AssertionError("the READY corpus was lost"));
            assertThat(info.status()).isEqualTo(CorpusStatus.READY);
            assertThat(info.description()).isEqualTo(AnswerThenWait.DESCRIPTION);
            assertThat(info.visibility()).isEqualTo(Visibility.DRAFT);
        } finally {
            dataSource.destroy();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString()
                + (File.separatorChar == '\\' ? ".exe" : "");
    }
}
