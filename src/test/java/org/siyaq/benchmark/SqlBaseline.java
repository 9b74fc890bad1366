package org.siyaq.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Token;
import org.siyaq.collocation.CollocateRow;
import org.siyaq.corpus.SourceDocument;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Baseline (b) of issue 5: one H2 row per token ({@code norm}, document, position, offsets) with an
 * index on the word, and every table as SQL: {@code COUNT}, {@code GROUP BY} and self-joins on position.
 */
final class SqlBaseline {

    private final ArabicAnalysis analysis;
    private final Figures figures;
    private final HikariDataSource dataSource;
    private final JdbcTemplate jdbc;

    SqlBaseline(ArabicAnalysis analysis, Path path, Figures figures) {
        this.analysis = analysis;
        this.figures = figures;
        // H2 hands back the last result of a repeated query on unchanged tables; a timed run must compute it
        dataSource = Benchmark.dataSource(path.resolve("tokens"), ";OPTIMIZE_REUSE_RESULTS=FALSE");
        jdbc = new JdbcTemplate(dataSource);
    }

    void load(List<SourceDocument> documents) {
        long started = System.nanoTime();
        jdbc.execute("CREATE TABLE doc (id INT PRIMARY KEY, text CLOB NOT NULL)");
        jdbc.execute("CREATE TABLE tok (pos INT PRIMARY KEY, doc INT NOT NULL, word VARCHAR(200) NOT NULL, "
                + "s INT NOT NULL, e INT NOT NULL)");
        Map<String, String> norms = new HashMap<>();
        int pos = 0;
        for (int d = 0; d < documents.size(); d++) {
            String text = documents.get(d).text();
            jdbc.update("INSERT INTO doc VALUES (?, ?)", d, text);
            List<Object[]> rows = new ArrayList<>();
            for (Token t : analysis.tokenize(text)) {
                rows.add(new Object[] {pos++, d, norms.computeIfAbsent(t.form(), analysis::norm), t.start(), t.end()});
            }
            jdbc.batchUpdate("INSERT INTO tok VALUES (?, ?, ?, ?, ?)", rows);
        }
        jdbc.execute("CREATE INDEX tok_word ON tok (word, pos)");
        jdbc.execute("CREATE INDEX tok_doc ON tok (doc, pos)");
        double ms = (System.nanoTime() - started) / 1e6;
        figures.put("sql.tokens", pos, "tokens");
        figures.put("sql.ingest.time", ms, "ms");
        figures.put("sql.ingest.rate", pos / (ms / 1000), "tokens/s");
        figures.put("sql.ingest.per_token", ms * 1e6 / pos, "ns/token");
    }

    void queries(List<String> words) {
        for (int i = 0; i < Benchmark.RANKS.length; i++) {
            String word = words.get(i);
            int rank = Benchmark.RANKS[i];
            figures.time("sql.concordance.rank" + rank, 1, 3, () -> concordance(word));
            figures.time("sql.concordance_sorted_after1.rank" + rank, 1, 3, () -> sortedAfter1(word));
            figures.time("sql.collocates.rank" + rank, 1, 3, () -> collocates(word));
        }
        figures.time(
                "sql.wordlist.first_page",
                1,
                3,
                () -> jdbc.queryForList("SELECT word, COUNT(*) c FROM tok GROUP BY word ORDER BY c DESC, word LIMIT "
                        + Benchmark.PAGE));
        figures.time("sql.ngram3.first_time", 0, 1, () -> jdbc.queryForList("""
                SELECT a.word, b.word, c.word, COUNT(*) f FROM tok a
                JOIN tok b ON b.pos = a.pos + 1 AND b.doc = a.doc
                JOIN tok c ON c.pos = a.pos + 2 AND c.doc = a.doc
                GROUP BY a.word, b.word, c.word HAVING COUNT(*) >= 2
                ORDER BY f DESC, a.word, b.word, c.word LIMIT\s""" + Benchmark.PAGE));
    }

    void close() {
        Benchmark.closeDatabase(dataSource);
    }

    private List<String> concordance(String word) {
        int total = jdbc.queryForObject("SELECT COUNT(*) FROM tok WHERE word = ?", Integer.class, word);
        List<String> lines = lines(jdbc.queryForList(
                "SELECT pos FROM tok WHERE word = ? ORDER BY pos LIMIT " + Benchmark.PAGE, Integer.class, word));
        lines.add(Integer.toString(total));
        return lines;
    }

    private List<String> sortedAfter1(String word) {
        return lines(jdbc.queryForList("""
                SELECT t.pos FROM tok t LEFT JOIN tok a ON a.pos = t.pos + 1 AND a.doc = t.doc
                WHERE t.word = ? ORDER BY COALESCE(a.word, ''), t.pos LIMIT\s""" + Benchmark.PAGE, Integer.class, word));
    }

    /** Each line: the offsets of the window's first and last tokens, then that span of the document's text. */
    private List<String> lines(List<Integer> positions) {
        List<String> lines = new ArrayList<>();
        for (int p : positions) {
            lines.add(jdbc.queryForObject("""
                    SELECT SUBSTRING(d.text, MIN(w.s) + 1, MAX(w.e) - MIN(w.s)) FROM tok n
                    JOIN tok w ON w.doc = n.doc AND w.pos BETWEEN n.pos - 7 AND n.pos + 7
                    JOIN doc d ON d.id = n.doc WHERE n.pos = ? GROUP BY d.text""", String.class, p));
        }
        return lines;
    }

    /** O11 over the union of the ±5 windows (each leaving out its own node), C1 by count, every measure. */
    private List<CollocateRow> collocates(String word) {
        int nodeFreq = jdbc.queryForObject("SELECT COUNT(*) FROM tok WHERE word = ?", Integer.class, word);
        long n = jdbc.queryForObject("SELECT COUNT(*) FROM tok", Long.class);
        List<Object[]> counts =
                jdbc.query("""
                WITH r AS (SELECT DISTINCT c.pos, c.word FROM tok n
                  JOIN tok c ON c.doc = n.doc AND c.pos BETWEEN n.pos - 5 AND n.pos + 5 AND c.pos <> n.pos
                  WHERE n.word = ?)
                SELECT r.word, COUNT(*), (SELECT COUNT(*) FROM tok f WHERE f.word = r.word) FROM r GROUP BY r.word""", (rs, i) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getInt(3)}, word);
        long r1 = counts.stream().mapToLong(c -> (int) c[1]).sum();
        List<CollocateRow> rows = new ArrayList<>(counts.size());
        for (Object[] c : counts) {
            rows.add(BaselineMeasures.row((String) c[0], (int) c[1], (int) c[2], r1, n, nodeFreq));
        }
        rows.sort(Comparator.comparingDouble(CollocateRow::logLikelihood)
                .reversed()
                .thenComparing(CollocateRow::word));
        return rows.subList(0, Math.min(Benchmark.PAGE, rows.size()));
    }
}
