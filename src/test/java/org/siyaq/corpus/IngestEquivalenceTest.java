package org.siyaq.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Level;
import org.siyaq.analysis.Token;
import org.siyaq.benchmark.SyntheticCorpus;
import org.siyaq.index.CorpusIndex;
import org.siyaq.index.IndexBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The batched ingest gives, on a generated corpus, exactly the index the plain path gives (each
 * document tokenized and interned in order, the lexicon from the analyzer): same token stream,
 * document bounds and strings at every level, and the same texts and offsets after a reopen. Every
 * table is computed from these, so every table is the same too.
 */
class IngestEquivalenceTest {

    @TempDir
    Path dir;

    private final ArabicAnalysis analysis = new ArabicAnalysis();

    @Test
    void a_generated_corpus_ingested_in_many_batches_equals_the_plain_index_and_reopens_unchanged() {
        List<SourceDocument> documents = List.copyOf(SyntheticCorpus.of(
                analysis,
                new SeedCorpus().documents().stream().map(SourceDocument::text).toList(),
                60_000,
                11));
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_DELAY=-1");
        CorpusStore store = new CorpusStore(
                new JdbcTemplate(dataSource), new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        // a batch of about 20,000 chars: several documents per batch, and many batches
        LoadedCorpus ingested = new CorpusIngest(analysis, store, 20_000).ingest(info(), documents, p -> {});

        IndexBuilder plain = new IndexBuilder(analysis);
        for (SourceDocument d : documents) {
            plain.addDocument(analysis.tokenize(d.text()));
        }
        CorpusIndex expected = plain.build();
        LoadedCorpus reopened =
                new CorpusIngest(analysis, store).open(store.corpus("gen").orElseThrow());

        assertThat(documents).hasSizeGreaterThan(10);
        for (LoadedCorpus corpus : List.of(ingested, reopened)) {
            CorpusIndex index = corpus.index();
            assertThat(index.tokens().toArray()).isEqualTo(expected.tokens().toArray());
            assertThat(index.docCount()).isEqualTo(expected.docCount());
            for (int d = 0; d < index.docCount(); d++) {
                assertThat(index.docStart(d)).isEqualTo(expected.docStart(d));
            }
            for (Level level : Level.values()) {
                assertThat(index.lexicon().typeCount(level))
                        .isEqualTo(expected.lexicon().typeCount(level));
                for (int f = 0; f < index.lexicon().formCount(); f++) {
                    assertThat(index.lexicon().string(level, index.lexicon().typeOf(level, f)))
                            .isEqualTo(expected.lexicon()
                                    .string(level, expected.lexicon().typeOf(level, f)));
                }
            }
        }
        for (int d = 0; d < documents.size(); d++) {
            List<Token> tokens = analysis.tokenize(documents.get(d).text());
            DocumentText text = reopened.text(d);
            assertThat(text.text()).isEqualTo(documents.get(d).text());
            assertThat(text.tokenStarts())
                    .containsExactly(tokens.stream().mapToInt(Token::start).toArray());
            assertThat(text.tokenEnds())
                    .containsExactly(tokens.stream().mapToInt(Token::end).toArray());
        }
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
