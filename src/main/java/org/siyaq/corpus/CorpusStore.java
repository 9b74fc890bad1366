package org.siyaq.corpus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.siyaq.index.Lexicon;
import org.siyaq.index.LexiconCodec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The durable store of corpora in H2: corpus rows, documents with their original text and metadata,
 * each document's token ids and offsets as compact binary chunks, each corpus's lexicon, and each
 * document cut into spans of {@value #SPAN_TOKENS} tokens (text and offsets, small enough to sit in the
 * row) so that a concordance line reads a row or two instead of its whole document. A corpus
 * is written with status INDEXING and flipped to READY last, so a crash never leaves a half corpus
 * that looks complete ({@link #removeIncomplete()} clears such rows at startup).
 */
@Repository
public class CorpusStore {

    /** Tokens per stored span: a concordance line of up to ±25 tokens of context touches one or two spans. */
    public static final int SPAN_TOKENS = 64;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public CorpusStore(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
        StoreSchema.migrate(jdbc.getDataSource());
    }

    /** Deletes every corpus whose indexing never finished (a crash or kill mid-way). */
    public List<String> removeIncomplete() {
        List<String> ids =
                jdbc.queryForList("SELECT id FROM corpus WHERE status <> ?", String.class, CorpusStatus.READY.name());
        ids.forEach(this::delete);
        return ids;
    }

    public List<CorpusInfo> corpora() {
        return jdbc.query("SELECT * FROM corpus ORDER BY created_at, id", (rs, i) -> corpusInfo(rs));
    }

    public Optional<CorpusInfo> corpus(String id) {
        return jdbc.query("SELECT * FROM corpus WHERE id = ?", (rs, i) -> corpusInfo(rs), id).stream()
                .findFirst();
    }

    private static CorpusInfo corpusInfo(ResultSet rs) throws SQLException {
        return new CorpusInfo(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getString("language_note"),
                rs.getString("source_note"),
                Visibility.valueOf(rs.getString("visibility")),
                CorpusStatus.valueOf(rs.getString("status")),
                rs.getInt("doc_count"),
                rs.getLong("token_count"),
                rs.getInt("analyzer_version"),
                rs.getTimestamp("created_at").toInstant());
    }

    /** Starts a corpus row in state INDEXING. */
    public void begin(CorpusInfo info) {
        jdbc.update(
                """
                INSERT INTO corpus (id, name, description, language_note, source_note, visibility, status,
                  doc_count, token_count, analyzer_version, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)""",
                info.id(),
                info.name(),
                info.description(),
                info.languageNote(),
                info.sourceNote(),
                info.visibility().name(),
                CorpusStatus.INDEXING.name(),
                info.analyzerVersion(),
                Timestamp.from(info.createdAt()));
    }

    /** One analysed document as the store keeps it: metadata, original text, form ids and offsets. */
    public record StoredDocument(DocumentInfo doc, String text, byte[] tokens, byte[] offsets) {}

    /** Stores one analysed document with its metadata, in one transaction. */
    public void addDocument(String corpusId, DocumentInfo doc, String text, byte[] tokens, byte[] offsets) {
        addDocuments(corpusId, List.of(new StoredDocument(doc, text, tokens, offsets)));
    }

    /**
     * Stores analysed documents with their metadata in one transaction, as JDBC batches: one commit
     * (one file sync) per batch instead of per document is what lets a large corpus ingest at speed.
     */
    public void addDocuments(String corpusId, List<StoredDocument> documents) {
        List<Object[]> rows = new ArrayList<>(documents.size());
        List<Object[]> metas = new ArrayList<>();
        List<Object[]> spans = new ArrayList<>();
        for (StoredDocument d : documents) {
            spanRows(corpusId, d.doc().id(), d.text(), d.offsets(), spans);
            DocumentInfo doc = d.doc();
            rows.add(new Object[] {
                corpusId,
                doc.id(),
                doc.fileName(),
                doc.title(),
                doc.author(),
                doc.date(),
                doc.source(),
                doc.genre(),
                doc.tokenCount(),
                doc.firstToken(),
                d.text(),
                d.tokens(),
                d.offsets()
            });
            int ord = 0;
            for (Map.Entry<String, String> e : doc.extra().entrySet()) {
                metas.add(new Object[] {corpusId, doc.id(), ord++, e.getKey(), e.getValue()});
            }
        }
        tx.executeWithoutResult(status -> {
            jdbc.batchUpdate("""
                    INSERT INTO document (corpus_id, doc_id, file_name, title, author, doc_date, source, genre,
                      token_count, first_token, text, tokens, offsets)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
            if (!metas.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO document_meta VALUES (?, ?, ?, ?, ?)", metas);
            }
            insertSpans(spans);
        });
    }

    private void insertSpans(List<Object[]> spans) {
        if (!spans.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO document_span (corpus_id, doc_id, span, char_start, text, offsets) VALUES (?, ?, ?, ?, ?, ?)",
                    spans);
        }
    }

    /**
     * Cuts a document into spans of {@link #SPAN_TOKENS} tokens: span k holds the text from the start of
     * its first token to the start of the next span's first token (the last span: to its last token's
     * end), so consecutive spans join without a gap, and its tokens' offsets relative to that start.
     */
    static void spanRows(String corpusId, int docId, String text, byte[] encodedOffsets, List<Object[]> rows) {
        int[][] offsets = org.siyaq.index.TokenCodec.decodeOffsets(encodedOffsets);
        int[] starts = offsets[0];
        int[] ends = offsets[1];
        for (int first = 0, span = 0; first < starts.length; first += SPAN_TOKENS, span++) {
            int last = Math.min(starts.length, first + SPAN_TOKENS);
            int charStart = starts[first];
            int charEnd = last < starts.length ? starts[last] : ends[last - 1];
            int[] relStarts = new int[last - first];
            int[] relEnds = new int[last - first];
            for (int i = first; i < last; i++) {
                relStarts[i - first] = starts[i] - charStart;
                relEnds[i - first] = ends[i] - charStart;
            }
            rows.add(new Object[] {
                corpusId,
                docId,
                span,
                charStart,
                text.substring(charStart, charEnd),
                org.siyaq.index.TokenCodec.encodeOffsets(relStarts, relEnds)
            });
        }
    }

    /** Whether the spans of a corpus are stored (corpora stored before schema version 2 have none). */
    public boolean hasSpans(String corpusId) {
        return Boolean.TRUE.equals(jdbc.query(
                        "SELECT 1 FROM document_span WHERE corpus_id = ? LIMIT 1", ResultSet::next, corpusId))
                || jdbc.queryForObject(
                                "SELECT COUNT(*) FROM document WHERE corpus_id = ? AND token_count > 0",
                                Long.class,
                                corpusId)
                        == 0;
    }

    /** Writes a corpus's spans afresh from its documents' texts and offsets, one document at a time. */
    public void rebuildSpans(String corpusId) {
        tx.executeWithoutResult(status -> {
            sentences().delete(corpusId);
            jdbc.update("DELETE FROM document_span WHERE corpus_id = ?", corpusId);
            List<Object[]> rows = new ArrayList<>();
            jdbc.query(
                    "SELECT doc_id, text, offsets FROM document WHERE corpus_id = ? ORDER BY doc_id",
                    rs -> {
                        spanRows(corpusId, rs.getInt(1), rs.getString(2), rs.getBytes(3), rows);
                        if (rows.size() >= 10_000) {
                            insertSpans(rows);
                            rows.clear();
                        }
                    },
                    corpusId);
            insertSpans(rows);
        });
    }

    /** Tokens {@code [from, to)} of a document (document-local numbers) with their text, read from the spans. */
    public TextSpan span(String corpusId, int docId, int from, int to) {
        return spans(corpusId, List.of(new TextSpan.Request(docId, from, to))).get(0);
    }

    /**
     * Several documents' token ranges with their text, in one query: the rows every request covers are
     * joined from a table of (document, span) pairs on the primary key, so a page of lines from fifty
     * documents costs one statement instead of fifty.
     */
    public List<TextSpan> spans(String corpusId, List<TextSpan.Request> requests) {
        java.util.TreeSet<Long> keys = new java.util.TreeSet<>();
        for (TextSpan.Request r : requests) {
            for (int k = r.from() / SPAN_TOKENS; k <= (r.to() - 1) / SPAN_TOKENS; k++) {
                keys.add((long) r.docId() << 32 | k);
            }
        }
        Integer[] docs = keys.stream().map(k -> (int) (k >>> 32)).toArray(Integer[]::new);
        Integer[] spans = keys.stream().map(k -> (int) (long) k).toArray(Integer[]::new);
        Map<Long, SpanRow> rows = new java.util.HashMap<>();
        jdbc.query(
                """
                SELECT s.doc_id, s.span, s.char_start, s.text, s.offsets FROM TABLE(d INT = ?, k INT = ?) t
                JOIN document_span s ON s.corpus_id = ? AND s.doc_id = t.d AND s.span = t.k""",
                rs -> {
                    rows.put(
                            (long) rs.getInt(1) << 32 | rs.getInt(2),
                            new SpanRow(
                                    rs.getInt(3),
                                    rs.getString(4),
                                    org.siyaq.index.TokenCodec.decodeOffsets(rs.getBytes(5))));
                },
                docs,
                spans,
                corpusId);
        List<TextSpan> out = new ArrayList<>(requests.size());
        for (TextSpan.Request r : requests) {
            out.add(assemble(corpusId, r, rows));
        }
        return out;
    }

    private record SpanRow(int charStart, String text, int[][] offsets) {}

    /** Joins the rows of one request into its span: consecutive rows join without a gap (see {@link #spanRows}). */
    private static TextSpan assemble(String corpusId, TextSpan.Request r, Map<Long, SpanRow> rows) {
        int from = r.from();
        int to = r.to();
        StringBuilder text = new StringBuilder();
        int[] starts = new int[to - from];
        int[] ends = new int[to - from];
        int textStart = -1;
        for (int k = from / SPAN_TOKENS; k <= (to - 1) / SPAN_TOKENS; k++) {
            SpanRow row = rows.get((long) r.docId() << 32 | k);
            if (row == null) {
                continue;
            }
            int first = k * SPAN_TOKENS;
            if (textStart < 0) {
                textStart = row.charStart();
            }
            text.append(row.text());
            for (int i = 0; i < row.offsets()[0].length; i++) {
                int token = first + i;
                if (token >= from && token < to) {
                    starts[token - from] = row.offsets()[0][i] + row.charStart();
                    ends[token - from] = row.offsets()[1][i] + row.charStart();
                }
            }
        }
        if (textStart < 0) {
            throw new DocumentNotFoundException(corpusId, r.docId());
        }
        int cut = starts.length == 0 ? 0 : starts[0] - textStart;
        int endCut = starts.length == 0 ? 0 : ends[ends.length - 1] - textStart;
        return new TextSpan(from, textStart + cut, text.substring(cut, endCut), starts, ends);
    }

    /** Writes the lexicon and size and marks the corpus READY: the last step of indexing. */
    public void finish(String corpusId, Lexicon lexicon, int documents, long tokens, int analyzerVersion) {
        jdbc.update(
                "UPDATE corpus SET lexicon = ?, doc_count = ?, token_count = ?, analyzer_version = ?, status = ? WHERE id = ?",
                LexiconCodec.encode(lexicon),
                documents,
                tokens,
                analyzerVersion,
                CorpusStatus.READY.name(),
                corpusId);
    }

    /** Writes a corpus's description and sharing in one statement: all of it changes, or none. */
    public void updateInfo(CorpusInfo info) {
        jdbc.update(
                "UPDATE corpus SET name = ?, description = ?, language_note = ?, source_note = ?, visibility = ? WHERE id = ?",
                info.name(),
                info.description(),
                info.languageNote(),
                info.sourceNote(),
                info.visibility().name(),
                info.id());
    }

    public void delete(String corpusId) {
        tx.executeWithoutResult(status -> {
            sentences().delete(corpusId);
            jdbc.update("DELETE FROM document_span WHERE corpus_id = ?", corpusId);
            jdbc.update("DELETE FROM document_meta WHERE corpus_id = ?", corpusId);
            jdbc.update("DELETE FROM document WHERE corpus_id = ?", corpusId);
            jdbc.update("DELETE FROM corpus WHERE id = ?", corpusId);
        });
    }

    public List<DocumentInfo> documents(String corpusId) {
        Map<Integer, Map<String, String>> extras = new LinkedHashMap<>();
        jdbc.query(
                "SELECT doc_id, meta_key, meta_value FROM document_meta WHERE corpus_id = ? ORDER BY doc_id, ord",
                rs -> {
                    extras.computeIfAbsent(rs.getInt(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getString(3));
                },
                corpusId);
        return jdbc.query(
                """
                SELECT doc_id, file_name, title, author, doc_date, source, genre, token_count, first_token, LENGTH(text)
                FROM document WHERE corpus_id = ? ORDER BY doc_id""",
                (rs, i) -> new DocumentInfo(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        extras.getOrDefault(rs.getInt(1), Map.of()),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getInt(10)),
                corpusId);
    }

    /** Calls {@code consumer} with every document's stored form ids, in document order. */
    public void forEachTokenChunk(String corpusId, java.util.function.ObjIntConsumer<byte[]> consumer) {
        jdbc.query(
                "SELECT doc_id, tokens FROM document WHERE corpus_id = ? ORDER BY doc_id",
                rs -> {
                    consumer.accept(rs.getBytes(2), rs.getInt(1));
                },
                corpusId);
    }

    public Optional<DocumentText> documentText(String corpusId, int docId) {
        return jdbc
                .query(
                        "SELECT text, offsets FROM document WHERE corpus_id = ? AND doc_id = ?",
                        (rs, i) -> {
                            int[][] offsets = org.siyaq.index.TokenCodec.decodeOffsets(rs.getBytes(2));
                            return new DocumentText(rs.getString(1), offsets[0], offsets[1]);
                        },
                        corpusId,
                        docId)
                .stream()
                .findFirst();
    }

    /** Every document's original text, for re-analysis after an analyzer change. */
    public List<String> texts(String corpusId) {
        return jdbc.queryForList(
                "SELECT text FROM document WHERE corpus_id = ? ORDER BY doc_id", String.class, corpusId);
    }

    public void replaceTokens(String corpusId, int docId, int firstToken, byte[] tokens, byte[] offsets) {
        jdbc.update(
                "UPDATE document SET tokens = ?, offsets = ?, first_token = ?, token_count = ? WHERE corpus_id = ? AND doc_id = ?",
                tokens,
                offsets,
                firstToken,
                org.siyaq.index.TokenCodec.decodeIds(tokens).length,
                corpusId,
                docId);
    }

    /** The sentence starts of each corpus. */
    public SentenceTable sentences() {
        return new SentenceTable(jdbc);
    }

    public TransactionTemplate transactions() {
        return tx;
    }

    public Optional<Lexicon> lexicon(String corpusId) {
        byte[] blob = jdbc.queryForObject("SELECT lexicon FROM corpus WHERE id = ?", byte[].class, corpusId);
        return Optional.ofNullable(blob).map(LexiconCodec::decode);
    }

    /** The ids of the documents of a corpus, for listing without loading texts. */
    public List<Integer> documentIds(String corpusId) {
        return new ArrayList<>(jdbc.queryForList(
                "SELECT doc_id FROM document WHERE corpus_id = ? ORDER BY doc_id", Integer.class, corpusId));
    }
}
