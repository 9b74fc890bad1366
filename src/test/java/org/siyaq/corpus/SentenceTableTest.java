package org.siyaq.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siyaq.analysis.ArabicAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Sentence starts are stored at indexing, reopened, and found again for a corpus stored without them. */
class SentenceTableTest {

    @TempDir
    Path dir;

    private JdbcDataSource dataSource;
    private CorpusStore store;
    private final ArabicAnalysis analysis = new ArabicAnalysis();

    @BeforeEach
    void openDatabase() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE");
        store = new CorpusStore(
                new JdbcTemplate(dataSource), new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    // doc0: 0 قال 1 الوزير | 2 المحادثات 3 مستمرة ؟ | 4 نعم     doc1 (starts at 5): 5 روسيا ، | 6 والولايات 7 المتحدة
    private LoadedCorpus ingest() {
        CorpusInfo info = new CorpusInfo(
                "s",
                "S",
                null,
                null,
                null,
                Visibility.CLASS,
                CorpusStatus.INDEXING,
                0,
                0,
                0,
                Instant.parse("2026-01-01T00:00:00Z"));
        return new CorpusIngest(analysis, store)
                .ingest(
                        info,
                        List.of(
                                new SourceDocument(
                                        "a.txt",
                                        "قال الوزير.\nالمحادثات مستمرة؟ نعم",
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null),
                                new SourceDocument(
                                        "b.txt", "روسيا، والولايات المتحدة", null, null, null, null, null, null)),
                        p -> {});
    }

    @Test
    void sentences_found_at_indexing_are_stored_and_reopened() {
        LoadedCorpus built = ingest();
        // the stop and the line break after الوزير make one break (2); ؟ (4); the document (5); ، (6)
        assertThat(built.index().sentenceStarts()).containsExactly(0, 2, 4, 5, 6);
        assertThat(store.sentences().load("s"))
                .hasValueSatisfying(s -> assertThat(s).containsExactly(2, 4, 6));
        LoadedCorpus reopened =
                new CorpusIngest(analysis, store).open(store.corpus("s").orElseThrow());
        assertThat(reopened.index().sentenceStarts()).containsExactly(0, 2, 4, 5, 6);
    }

    @Test
    void a_corpus_stored_without_sentences_gets_them_from_its_texts_when_opened() {
        ingest();
        store.sentences().delete("s");
        LoadedCorpus reopened =
                new CorpusIngest(analysis, store).open(store.corpus("s").orElseThrow());
        assertThat(reopened.index().sentenceStarts()).containsExactly(0, 2, 4, 5, 6);
        assertThat(store.sentences().load("s")).isPresent();
    }

    @Test
    void deleting_a_corpus_deletes_its_sentences() {
        ingest();
        store.delete("s");
        assertThat(store.sentences().load("s")).isEmpty();
    }
}
