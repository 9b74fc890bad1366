package org.siyaq.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.siyaq.i18n.Messages;
import org.springframework.dao.DataIntegrityViolationException;

class IndexingFailureTest {

    @Test
    void a_database_error_deep_in_the_chain_never_shows_its_sql() {
        SQLException sql = new SQLException("INSERT INTO tokens VALUES (secret text)");
        IndexingFailure failure = IndexingFailure.of(new CompletionException(new IllegalStateException("store", sql)));

        assertThat(failure.message(Messages.ENGLISH))
                .startsWith("Indexing failed: the database could not store the corpus")
                .doesNotContain("INSERT")
                .doesNotContain("secret");
    }

    @Test
    void a_spring_data_access_error_at_the_top_counts_as_a_database_error() {
        IndexingFailure failure = IndexingFailure.of(new DataIntegrityViolationException("duplicate key 42"));

        assertThat(failure.key()).isEqualTo("harden.indexing.store-failed");
        assertThat(failure.message(Messages.ARABIC)).doesNotContain("42");
    }

    @Test
    void any_other_error_is_told_by_its_innermost_message_in_either_language() {
        IndexingFailure failure =
                IndexingFailure.of(new CompletionException(new IllegalArgumentException("the file is not UTF-8")));

        assertThat(failure.message(Messages.ENGLISH)).isEqualTo("Indexing failed: the file is not UTF-8");
        assertThat(failure.message(Messages.ARABIC))
                .endsWith("the file is not UTF-8")
                .isNotEqualTo(failure.message(Messages.ENGLISH));
    }

    @Test
    void an_error_without_a_message_is_named_by_its_class() {
        assertThat(IndexingFailure.of(new NullPointerException()).message(Messages.ENGLISH))
                .isEqualTo("Indexing failed: NullPointerException");
    }
}
