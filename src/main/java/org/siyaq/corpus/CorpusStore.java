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
 * The durable store of corpora in H2: corpus rows, documents with their metadata, each document's token
 * ids and offsets as compact binary chunks, and each corpus's lexicon (its blob written by {@link
 * LexiconCodec}); the documents' original texts are their spans, in {@link #spans()} (a document stored
 * before schema version 7 also has its text in its row), and the sentence starts
 * in {@link #sentences()}, written in the same transactions. A corpus
 * is written with status INDEXING and flipped to READY last, so a crash never leaves a half corpus
 * that looks complete ({@link #removeIncomplete()} clears such rows at startup).
 */
@Repository
public class CorpusStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final SpanStore spans;

    public CorpusStore(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.spans = new SpanStore(jdbc, tx);
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
        List<Object[]> spanRows = new ArrayList<>();
        for (StoredDocument d : documents) {
            SpanStore.spanRows(corpusId, d.doc().id(), d.text(), d.offsets(), spanRows);
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
                d.text().length(),
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
                      token_count, first_token, char_count, tokens, offsets)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
            if (!metas.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO document_meta VALUES (?, ?, ?, ?, ?)", metas);
            }
            spans.insert(spanRows);
        });
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
            spans.delete(corpusId);
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
                SELECT doc_id, file_name, title, author, doc_date, source, genre, token_count, first_token, char_count
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
                            return new DocumentText(
                                    spans.text(corpusId, docId, rs.getString(1)), offsets[0], offsets[1]);
                        },
                        corpusId,
                        docId)
                .stream()
                .findFirst();
    }

    /** Every document's original text, for re-analysis after an analyzer change. */
    public List<String> texts(String corpusId) {
        List<String> out = new ArrayList<>();
        jdbc.query(
                "SELECT doc_id, text FROM document WHERE corpus_id = ? ORDER BY doc_id",
                rs -> {
                    out.add(spans.text(corpusId, rs.getInt(1), rs.getString(2)));
                },
                corpusId);
        return out;
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

    /** Each document cut into spans, for reading a few lines' text without whole documents. */
    public SpanStore spans() {
        return spans;
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
