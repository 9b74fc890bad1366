package org.siyaq.concordance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Level;
import org.siyaq.benchmark.SyntheticCorpus;
import org.siyaq.corpus.CorpusInfo;
import org.siyaq.corpus.CorpusIngest;
import org.siyaq.corpus.CorpusStatus;
import org.siyaq.corpus.CorpusStore;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.corpus.SeedCorpus;
import org.siyaq.corpus.SourceDocument;
import org.siyaq.corpus.Visibility;
import org.siyaq.query.QueryMatcher;
import org.siyaq.query.QueryParser;
import org.siyaq.query.QueryService;
import org.siyaq.testing.FixtureCorpus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Concordance lines cut from the stored spans are exactly the lines cut from whole documents held in
 * memory, on a generated corpus, for pages in every sort order and for whole exports.
 */
class ConcordanceSpansTest {

    @TempDir
    Path dir;

    @Test
    void lines_read_from_spans_equal_lines_cut_from_whole_documents_in_every_order() {
        ArabicAnalysis analysis = FixtureCorpus.ANALYSIS;
        List<SourceDocument> documents = List.copyOf(SyntheticCorpus.of(
                analysis,
                new SeedCorpus().documents().stream().map(SourceDocument::text).toList(),
                30_000,
                7));
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_DELAY=-1");
        CorpusStore store = new CorpusStore(
                new JdbcTemplate(dataSource), new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        LoadedCorpus stored = new CorpusIngest(analysis, store)
                .ingest(
                        new CorpusInfo(
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
                                Instant.EPOCH),
                        documents,
                        p -> {});
        LoadedCorpus inMemory = FixtureCorpus.of(
                "gen", documents.stream().map(SourceDocument::text).toArray(String[]::new));
        QueryService queries = new QueryService(new QueryParser(analysis), new QueryMatcher(), Duration.ofSeconds(30));
        ConcordanceService fromSpans = new ConcordanceService(FixtureCorpus.registry(stored), queries);
        ConcordanceService fromDocuments = new ConcordanceService(FixtureCorpus.registry(inMemory), queries);

        int frequent = 0;
        for (int t = 0; t < stored.index().lexicon().typeCount(Level.NORM); t++) {
            if (stored.index().freq(Level.NORM, t) > stored.index().freq(Level.NORM, frequent)) {
                frequent = t;
            }
        }
        String word = stored.index().lexicon().string(Level.NORM, frequent);
        int checked = 0;
        for (KwicSort sort : KwicSort.values()) {
            for (int context : new int[] {0, 7, 40}) {
                ConcordanceQuery q = new ConcordanceQuery("gen", null, word, Level.NORM, context, sort, 3, 50);
                ConcordanceResult expected = fromDocuments.search(q);
                ConcordanceResult actual = fromSpans.search(q);
                assertThat(actual.total()).isEqualTo(expected.total());
                assertThat(untitled(actual.lines())).isEqualTo(untitled(expected.lines()));
                checked += expected.lines().size();
            }
            ConcordanceQuery all = new ConcordanceQuery("gen", null, word, Level.NORM, 7, sort, 0, 1);
            List<KwicLine> a = new ArrayList<>();
            List<KwicLine> b = new ArrayList<>();
            fromSpans.forEachLine(all, a::add);
            fromDocuments.forEachLine(all, b::add);
            assertThat(untitled(a)).isEqualTo(untitled(b)).hasSizeGreaterThan(50);
        }
        assertThat(checked).isGreaterThan(1000);
    }

    /** The lines without their document titles (the two corpora title their documents differently). */
    private static List<KwicLine> untitled(List<KwicLine> lines) {
        return lines.stream()
                .map(l -> new KwicLine(
                        l.docId(),
                        "",
                        l.position(),
                        l.before(),
                        l.node(),
                        l.after(),
                        l.nodeStart(),
                        l.nodeEnd(),
                        l.beforeStart(),
                        l.afterEnd()))
                .toList();
    }
}
