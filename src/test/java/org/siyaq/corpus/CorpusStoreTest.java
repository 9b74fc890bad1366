package org.siyaq.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Level;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class CorpusStoreTest {

    @TempDir
    Path dir;

    private JdbcDataSource dataSource;
    private CorpusStore store;
    private CorpusIngest ingest;
    private final ArabicAnalysis analysis = new ArabicAnalysis();

    @BeforeEach
    void openDatabase() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE");
        store = newStore();
        ingest = new CorpusIngest(analysis, store);
    }

    private CorpusStore newStore() {
        return new CorpusStore(
                new JdbcTemplate(dataSource), new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    private static CorpusInfo info(String id) {
        return new CorpusInfo(
                id,
                "Test " + id,
                "a description",
                null,
                null,
                Visibility.CLASS,
                CorpusStatus.INDEXING,
                0,
                0,
                0,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static List<SourceDocument> docs() {
        return List.of(
                new SourceDocument(
                        "a.txt",
                        "قالَ الوزيرُ: المحادثاتُ مع روسيا مستمرة.",
                        "عنوان",
                        "كاتب",
                        "2025-02-27",
                        "RT",
                        "news",
                        Map.of("region", "الشرق")),
                new SourceDocument(
                        "b.txt", "روسيا والولايات المتحدة، والمحادثات.", null, null, null, null, null, null));
    }

    @Test
    void a_stored_corpus_reopens_with_the_same_tokens_types_and_texts() {
        LoadedCorpus built = ingest.ingest(info("c1"), docs(), p -> {});
        LoadedCorpus reopened =
                new CorpusIngest(analysis, newStore()).open(store.corpus("c1").orElseThrow());

        assertThat(reopened.index().tokens().toArray())
                .containsExactly(built.index().tokens().toArray());
        assertThat(reopened.index().docCount()).isEqualTo(2);
        for (Level level : Level.values()) {
            assertThat(reopened.index().lexicon().typeCount(level))
                    .isEqualTo(built.index().lexicon().typeCount(level));
        }
        assertThat(reopened.text(0).text()).isEqualTo(docs().get(0).text());
        assertThat(reopened.text(1).tokenStarts()).containsExactly(built.text(1).tokenStarts());
        assertThat(reopened.info().status()).isEqualTo(CorpusStatus.READY);
        assertThat(reopened.info().tokens()).isEqualTo(built.index().size());
    }

    @Test
    void document_metadata_and_extra_columns_survive_the_store() {
        ingest.ingest(info("c2"), docs(), p -> {});
        DocumentInfo first = store.documents("c2").get(0);
        assertThat(first.title()).isEqualTo("عنوان");
        assertThat(first.author()).isEqualTo("كاتب");
        assertThat(first.date()).isEqualTo("2025-02-27");
        assertThat(first.source()).isEqualTo("RT");
        assertThat(first.extra()).containsEntry("region", "الشرق");
        assertThat(store.documents("c2").get(1).firstToken()).isEqualTo(first.tokenCount());
    }

    @Test
    void a_corpus_left_indexing_by_a_crash_is_removed_and_the_others_stay() {
        ingest.ingest(info("kept"), docs(), p -> {});
        store.begin(info("half"));
        assertThat(store.corpus("half")).get().extracting(CorpusInfo::status).isEqualTo(CorpusStatus.INDEXING);

        List<String> removed = newStore().removeIncomplete();

        assertThat(removed).containsExactly("half");
        assertThat(store.corpus("half")).isEmpty();
        assertThat(store.corpus("kept")).get().extracting(CorpusInfo::status).isEqualTo(CorpusStatus.READY);
        assertThat(store.documents("kept")).hasSize(2);
    }

    @Test
    void a_failing_ingest_leaves_no_trace_and_touches_no_other_corpus() {
        ingest.ingest(info("before"), docs(), p -> {});
        List<SourceDocument> broken =
                List.of(docs().get(0), new SourceDocument("bad.txt", null, null, null, null, null, null, null));
        try {
            ingest.ingest(info("broken"), broken, p -> {});
        } catch (RuntimeException expected) {
            // the null text fails the analyzer half-way
        }
        assertThat(store.corpus("broken")).isEmpty();
        assertThat(store.documents("broken")).isEmpty();
        assertThat(store.documents("before")).hasSize(2);
    }

    @Test
    void a_corpus_built_by_another_analyzer_version_is_re_analysed_from_its_texts() {
        ingest.ingest(info("old"), docs(), p -> {});
        new JdbcTemplate(dataSource).update("UPDATE corpus SET analyzer_version = -1, lexicon = NULL WHERE id = 'old'");

        LoadedCorpus reopened = ingest.open(store.corpus("old").orElseThrow());

        assertThat(reopened.info().analyzerVersion()).isEqualTo(ArabicAnalysis.VERSION);
        assertThat(store.corpus("old").orElseThrow().analyzerVersion()).isEqualTo(ArabicAnalysis.VERSION);
        assertThat(reopened.index().size())
                .isEqualTo(analysis.tokenize(docs().get(0).text()).size()
                        + analysis.tokenize(docs().get(1).text()).size());
    }
}
