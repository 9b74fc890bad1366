package org.siyaq.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.benchmark.SyntheticCorpus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored spans give exactly what cutting the whole document gives, for spans inside one stored
 * span and across several, and a corpus stored without spans gets them when it is opened.
 */
class TextSpanStoreTest {

    @TempDir
    Path dir;

    private final ArabicAnalysis analysis = new ArabicAnalysis();

    private CorpusStore store() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_DELAY=-1");
        return new CorpusStore(
                new JdbcTemplate(dataSource), new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    private static void assertSameSpan(TextSpan actual, TextSpan expected) {
        assertThat(actual.from()).isEqualTo(expected.from());
        assertThat(actual.textStart()).isEqualTo(expected.textStart());
        assertThat(actual.text()).isEqualTo(expected.text());
        assertThat(actual.starts()).containsExactly(expected.starts());
        assertThat(actual.ends()).containsExactly(expected.ends());
    }

    private void assertSpansMatchDocuments(CorpusStore store, LoadedCorpus corpus) {
        Random random = new Random(5);
        for (int d = 0; d < corpus.documents().size(); d++) {
            DocumentText whole = store.documentText("gen", d).orElseThrow();
            int n = whole.tokenStarts().length;
            int[][] cases = {
                {0, 1},
                {0, Math.min(n, 15)},
                {Math.max(0, n - 15), n},
                {0, n},
                {Math.min(n - 1, SpanStore.SPAN_TOKENS - 3), Math.min(n, SpanStore.SPAN_TOKENS + 3)}
            };
            for (int[] c : cases) {
                assertSameSpan(store.spans().span("gen", d, c[0], c[1]), TextSpan.of(whole, c[0], c[1]));
            }
            List<TextSpan.Request> page = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int from = random.nextInt(n);
                int to = from + 1 + random.nextInt(Math.min(n - from, 200));
                assertSameSpan(store.spans().span("gen", d, from, to), TextSpan.of(whole, from, to));
                assertSameSpan(corpus.span(d, from, to), TextSpan.of(whole, from, to));
                page.add(new TextSpan.Request(d, from, to));
            }
            // a page's lines read together, several of them from the same rows, each to its own end
            List<TextSpan> together = store.spans().spans("gen", page);
            for (int i = 0; i < page.size(); i++) {
                assertSameSpan(
                        together.get(i),
                        TextSpan.of(whole, page.get(i).from(), page.get(i).to()));
            }
        }
    }

    @Test
    void every_span_read_from_the_store_equals_the_same_tokens_cut_from_the_whole_document() {
        CorpusStore store = store();
        LoadedCorpus corpus = new CorpusIngest(analysis, store).ingest(info(), documents(), p -> {});
        assertSpansMatchDocuments(store, corpus);
    }

    @Test
    void a_documents_text_is_stored_once_in_its_spans_with_what_lies_before_its_first_token_and_after_its_last() {
        CorpusStore store = store();
        List<SourceDocument> documents = new java.util.ArrayList<>(documents());
        String framed = "  «قال الرجل: مرحبا»  \n...\n";
        documents.add(0, document(framed));
        documents.add(1, document("... !!! ..."));
        new CorpusIngest(analysis, store).ingest(info(), documents, p -> {});
        JdbcTemplate jdbc = new JdbcTemplate(storeDataSource());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM document WHERE corpus_id = 'gen' AND text IS NOT NULL", Long.class))
                .isZero();
        List<String> texts = store.texts("gen");
        assertThat(texts).hasSize(documents.size());
        for (int d = 0; d < documents.size(); d++) {
            assertThat(texts.get(d)).isEqualTo(documents.get(d).text());
            assertThat(store.documentText("gen", d).orElseThrow().text())
                    .isEqualTo(documents.get(d).text());
        }
        List<DocumentInfo> listed = store.documents("gen");
        assertThat(listed.get(0).characters()).isEqualTo(framed.length());
        assertThat(listed.get(1).tokenCount()).isZero();
        assertThat(listed.get(1).characters()).isEqualTo("... !!! ...".length());
    }

    @Test
    void a_corpus_stored_before_its_text_moved_to_the_spans_and_without_spans_gets_them_when_it_is_opened() {
        CorpusStore store = store();
        new CorpusIngest(analysis, store).ingest(info(), documents(), p -> {});
        JdbcTemplate jdbc = new JdbcTemplate(storeDataSource());
        // as a corpus stored before schema version 2: the text in the document's row, no spans
        List<String> texts = store.texts("gen");
        for (int d = 0; d < texts.size(); d++) {
            jdbc.update("UPDATE document SET text = ? WHERE corpus_id = 'gen' AND doc_id = ?", texts.get(d), d);
        }
        jdbc.update("DELETE FROM document_span WHERE corpus_id = 'gen'");
        assertThat(store.spans().exist("gen")).isFalse();
        assertThat(store.texts("gen")).isEqualTo(texts);
        LoadedCorpus reopened =
                new CorpusIngest(analysis, store).open(store.corpus("gen").orElseThrow());
        assertThat(store.spans().exist("gen")).isTrue();
        assertSpansMatchDocuments(store, reopened);
        // the spans now hold the whole text too: the row's copy is no longer needed to read it
        jdbc.update("UPDATE document SET text = NULL WHERE corpus_id = 'gen'");
        assertThat(store.texts("gen")).isEqualTo(texts);
    }

    @Test
    void a_corpus_reanalysed_after_an_analyzer_change_keeps_its_texts_and_gets_new_spans() {
        CorpusStore store = store();
        new CorpusIngest(analysis, store).ingest(info(), documents(), p -> {});
        List<String> texts = store.texts("gen");
        new JdbcTemplate(storeDataSource()).update("UPDATE corpus SET analyzer_version = -1 WHERE id = 'gen'");
        LoadedCorpus reopened =
                new CorpusIngest(analysis, store).open(store.corpus("gen").orElseThrow());
        assertThat(store.corpus("gen").orElseThrow().analyzerVersion()).isEqualTo(ArabicAnalysis.VERSION);
        assertThat(store.texts("gen")).isEqualTo(texts);
        assertSpansMatchDocuments(store, reopened);
    }

    private static SourceDocument document(String text) {
        return new SourceDocument("framed.txt", text, null, null, null, null, null, Map.of());
    }

    private JdbcDataSource storeDataSource() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    private List<SourceDocument> documents() {
        return List.copyOf(SyntheticCorpus.of(
                analysis,
                new SeedCorpus().documents().stream().map(SourceDocument::text).toList(),
                20_000,
                3));
    }

    private static CorpusInfo info() {
        return new CorpusInfo(
                "gen",
                "Generated",
                null,
                null,
                null,
                Visibility.CLASS,
                CorpusStatus.INDEXING,
                0,
                0,
                0,
                Instant.parse("2026-01-01T00:00:00Z"));
    }
}
