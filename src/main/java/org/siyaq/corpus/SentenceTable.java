package org.siyaq.corpus;

import java.util.Optional;
import org.siyaq.index.TokenCodec;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each corpus's sentence starts (token positions in the corpus stream), one compact row per corpus:
 * the gaps between starts as varints ({@link TokenCodec}). A corpus stored before sentences were
 * recorded has no row; it gets one when it is next opened ({@code CorpusIngest.open}).
 */
public final class SentenceTable {

    private final JdbcTemplate jdbc;

    SentenceTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void save(String corpusId, int[] starts) {
        int[] gaps = new int[starts.length];
        for (int i = 0; i < starts.length; i++) {
            gaps[i] = starts[i] - (i == 0 ? 0 : starts[i - 1]);
        }
        delete(corpusId);
        jdbc.update(
                "INSERT INTO corpus_sentence (corpus_id, starts) VALUES (?, ?)", corpusId, TokenCodec.encodeIds(gaps));
    }

    public Optional<int[]> load(String corpusId) {
        return jdbc.query(
                "SELECT starts FROM corpus_sentence WHERE corpus_id = ?",
                rs -> {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    int[] starts = TokenCodec.decodeIds(rs.getBytes(1));
                    for (int i = 1; i < starts.length; i++) {
                        starts[i] += starts[i - 1];
                    }
                    return Optional.of(starts);
                },
                corpusId);
    }

    void delete(String corpusId) {
        jdbc.update("DELETE FROM corpus_sentence WHERE corpus_id = ?", corpusId);
    }
}
