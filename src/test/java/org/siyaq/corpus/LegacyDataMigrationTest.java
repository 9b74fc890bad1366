package org.siyaq.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siyaq.security.Accounts;
import org.siyaq.security.ClassCodes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A data directory written by the version before Flyway ({@code src/test/resources/legacy-data}: the
 * bundled corpus, an uploaded corpus "legacy-corpus" of two texts, the instructors {@code teacher} and
 * {@code second}, the class code on) opens under the Flyway schema with every row it held.
 */
class LegacyDataMigrationTest {

    @TempDir
    Path dir;

    private JdbcDataSource dataSource;
    private JdbcTemplate jdbc;

    @BeforeEach
    void copyTheOldDataDirectory() throws IOException {
        try (InputStream old = getClass().getResourceAsStream("/legacy-data/siyaq.mv.db")) {
            assertThat(old).isNotNull();
            Files.copy(old, dir.resolve("siyaq.mv.db"));
        }
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("siyaq") + ";DB_CLOSE_ON_EXIT=FALSE");
        dataSource.setUser("siyaq");
        jdbc = new JdbcTemplate(dataSource);
    }

    private CorpusStore store() {
        return new CorpusStore(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    @Test
    void the_old_data_directory_had_no_flyway_history_before() {
        Integer tables = jdbc.queryForObject(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) = 'flyway_schema_history'",
                Integer.class);
        assertThat(tables).isZero();
    }

    @Test
    void corpora_and_documents_written_before_flyway_are_all_there() {
        CorpusStore store = store();
        assertThat(store.corpora()).extracting(CorpusInfo::id).containsExactly("bundled", "legacy-corpus");
        CorpusInfo legacy = store.corpus("legacy-corpus").orElseThrow();
        assertThat(legacy.name()).isEqualTo("Legacy corpus");
        assertThat(legacy.description()).isEqualTo("written before Flyway");
        assertThat(store.documents("legacy-corpus")).hasSize(2);
        int first = store.documentIds("legacy-corpus").get(0);
        DocumentText text = store.documentText("legacy-corpus", first).orElseThrow();
        // V6 dropped the spans of 64 tokens; opening the corpus writes them again from its documents
        assertThat(store.spans().exist("legacy-corpus")).isFalse();
        store.spans().rebuild("legacy-corpus");
        assertThat(store.spans().exist("legacy-corpus")).isTrue();
        int tokens = text.tokenStarts().length;
        TextSpan span = store.spans().span("legacy-corpus", first, 0, tokens);
        assertThat(span.text()).isEqualTo(text.text().substring(text.tokenStarts()[0], text.tokenEnds()[tokens - 1]));
    }

    @Test
    void the_migrations_are_recorded_and_a_second_start_changes_nothing() {
        store();
        Integer applied = jdbc.queryForObject(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE", Integer.class);
        store();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE", Integer.class))
                .isEqualTo(applied)
                .isGreaterThanOrEqualTo(4); // the baseline (0) and V1, V2, V3
        assertThat(store().corpora()).hasSize(2);
    }

    @Test
    void instructors_keep_their_passwords_and_the_class_code_stays_on() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        Accounts accounts = new Accounts(jdbc, encoder, "admin", "");
        assertThat(accounts.list()).containsExactly("second", "teacher");
        assertThat(encoder.matches(
                        "legacy-password-1",
                        accounts.loadUserByUsername("teacher").getPassword()))
                .isTrue();
        assertThat(encoder.matches(
                        "second-password-1",
                        accounts.loadUserByUsername("second").getPassword()))
                .isTrue();
        ClassCodes codes = new ClassCodes(jdbc, encoder, 5, Duration.ofMinutes(15));
        assertThat(codes.enabled()).isTrue();
        assertThat(codes.check("nahw-2026", "192.0.2.1")).isEqualTo(ClassCodes.Check.ACCEPTED);
    }
}
