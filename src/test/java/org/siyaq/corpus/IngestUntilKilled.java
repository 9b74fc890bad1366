package org.siyaq.corpus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.siyaq.analysis.ArabicAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A separate process for {@link KillDuringIndexingTest}: indexes a small corpus completely, then starts
 * a large one in small batches and prints a line per committed document, so the test can kill it
 * half-way through. Arguments: the database file path.
 */
public final class IngestUntilKilled {

    static final String KEPT = "kept";
    static final String DOOMED = "doomed";

    private IngestUntilKilled() {}

    public static void main(String[] args) {
        SingleConnectionDataSource dataSource =
                new SingleConnectionDataSource("jdbc:h2:file:" + args[0], "sa", "", true);
        CorpusStore store = new CorpusStore(
                new JdbcTemplate(dataSource), new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        CorpusIngest ingest = new CorpusIngest(new ArabicAnalysis(), store, 2_000);
        ingest.ingest(info(KEPT), documents(20), p -> {});
        System.out.println("KEPT READY");
        ingest.ingest(info(DOOMED), documents(100_000), p -> System.out.println("DONE " + p.documentsDone()));
        System.out.println("DOOMED READY");
    }

    static CorpusInfo info(String id) {
        return new CorpusInfo(
                id, id, null, null, null, Visibility.CLASS, CorpusStatus.INDEXING, 0, 0, 0, Instant.EPOCH);
    }

    /** Deterministic documents of ~60 tokens each. */
    static List<SourceDocument> documents(int count) {
        String[] words = {
            "روسيا", "والولايات", "المتحدة", "تجريان", "محادثات", "حول", "الاستقرار", "في", "جنيف", "اليوم"
        };
        List<SourceDocument> docs = new ArrayList<>(count);
        for (int d = 0; d < count; d++) {
            StringBuilder text = new StringBuilder();
            for (int t = 0; t < 60; t++) {
                text.append(words[(d * 7 + t * 3) % words.length]).append(t % 9 == 8 ? ". " : " ");
            }
            docs.add(new SourceDocument("doc" + d + ".txt", text.toString(), null, null, null, null, null, null));
        }
        return docs;
    }
}
