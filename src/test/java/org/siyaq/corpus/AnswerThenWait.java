package org.siyaq.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Properties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A separate process for {@link AnsweredWriteSurvivesKillTest}: on the database URL the application
 * uses ({@code spring.datasource.url} of {@code application.properties}, data directory from the first
 * argument), marks a corpus READY, changes its description, says so on standard output as the server
 * would answer 2xx, and then waits to be killed.
 */
public final class AnswerThenWait {

    static final String ID = "answered";
    static final String DESCRIPTION = "changed just before the kill";

    private AnswerThenWait() {}

    public static void main(String[] args) throws InterruptedException {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url(args[0]), "siyaq", "", true);
        CorpusStore store = new CorpusStore(
                new JdbcTemplate(dataSource), new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        CorpusInfo info = new CorpusInfo(
                ID, ID, null, null, null, Visibility.CLASS, CorpusStatus.INDEXING, 0, 0, 0, Instant.EPOCH);
        store.begin(info);
        store.finish(ID, new org.siyaq.index.Lexicon(new String[org.siyaq.analysis.Level.values().length][0]), 0, 0, 0);
        store.updateInfo(new CorpusInfo(
                ID, ID, DESCRIPTION, null, null, Visibility.DRAFT, CorpusStatus.READY, 0, 0, 0, Instant.EPOCH));
        System.out.println("ANSWERED");
        System.out.flush();
        Thread.sleep(60_000);
    }

    /** The application's own H2 URL with the data directory filled in. */
    static String url(String dataDir) {
        Properties properties = new Properties();
        try (InputStream in = AnswerThenWait.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("spring.datasource.url").replace("${siyaq.data-dir}", dataDir);
    }
}
