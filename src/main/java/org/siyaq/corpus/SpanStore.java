package org.siyaq.corpus;

import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.siyaq.index.TokenCodec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each stored document cut into spans of {@value #SPAN_TOKENS} tokens (text as UTF-16 bytes and offsets, small
 * enough to sit in the row), so that a concordance line reads a row or two instead of its whole document; the spans
 * are where the store keeps a document's text (from schema version 7: {@link #spanRows}). The
 * {@link CorpusStore} writes a document's spans with the document and deletes them with the corpus.
 */
public class SpanStore {

    /**
     * Tokens per stored span: a concordance line of up to ±25 tokens of context touches one or two spans. 256, not
     * fewer: each row costs the ingest's writes more than its bytes do (64 tokens a span took a third more of the
     * writer's time, issue 14), and a page of 50 lines still reads at most 100 rows of about 3 KB, decoding only the chars and offsets its lines need.
     */
    public static final int SPAN_TOKENS = 256;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    SpanStore(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Inserts rows made by {@link #spanRows}, as one JDBC batch (in the caller's transaction, if any). */
    void insert(List<Object[]> spans) {
        if (!spans.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO document_span (corpus_id, doc_id, span, char_start, text, offsets) VALUES (?, ?, ?, ?, ?, ?)",
                    spans);
        }
    }

    /**
     * Cuts a document into spans of {@link #SPAN_TOKENS} tokens that hold its whole text: span k holds the text
     * from the start of its first token (the first span: from the document's first char) to the start of the next
     * span's first token (the last span: to the document's last char), so consecutive spans join without a gap, and
     * its tokens' offsets relative to its own start. A document without tokens is one span of none.
     */
    static void spanRows(String corpusId, int docId, String text, byte[] encodedOffsets, List<Object[]> rows) {
        int[][] offsets = TokenCodec.decodeOffsets(encodedOffsets);
        int[] starts = offsets[0];
        int[] ends = offsets[1];
        if (starts.length == 0) {
            rows.add(new Object[] {
                corpusId, docId, 0, 0, utf16(text, 0, text.length()), TokenCodec.encodeOffsets(starts, ends)
            });
            return;
        }
        for (int first = 0, span = 0; first < starts.length; first += SPAN_TOKENS, span++) {
            int last = Math.min(starts.length, first + SPAN_TOKENS);
            int charStart = first == 0 ? 0 : starts[first];
            int charEnd = last < starts.length ? starts[last] : text.length();
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
                utf16(text, charStart, charEnd),
                TokenCodec.encodeOffsets(relStarts, relEnds)
            });
        }
    }

    /**
     * A document's whole text: {@code stored}, the text column of a document stored before schema version 7 (whose
     * spans may leave out what comes before its first token and after its last), or, when that is null, its spans
     * joined ({@link #spanRows}).
     */
    String text(String corpusId, int docId, String stored) {
        return stored != null ? stored : joined(corpusId, docId);
    }

    private String joined(String corpusId, int docId) {
        StringBuilder out = new StringBuilder();
        jdbc.query(
                "SELECT text FROM document_span WHERE corpus_id = ? AND doc_id = ? ORDER BY span",
                rs -> {
                    byte[] bytes = rs.getBytes(1);
                    appendUtf16(bytes, 0, bytes.length / 2, out);
                },
                corpusId,
                docId);
        return out.toString();
    }

    /** Deletes a corpus's spans (in the caller's transaction, if any). */
    void delete(String corpusId) {
        jdbc.update("DELETE FROM document_span WHERE corpus_id = ?", corpusId);
    }

    /** Whether the spans of a corpus are stored (corpora stored before schema version 2 have none). */
    public boolean exist(String corpusId) {
        return Boolean.TRUE.equals(jdbc.query(
                        "SELECT 1 FROM document_span WHERE corpus_id = ? LIMIT 1", ResultSet::next, corpusId))
                || jdbc.queryForObject(
                                "SELECT COUNT(*) FROM document WHERE corpus_id = ? AND token_count > 0",
                                Long.class,
                                corpusId)
                        == 0;
    }

    /**
     * Writes a corpus's spans afresh from its documents' texts and offsets, a few documents at a time: a document's
     * text is read (from its row, or from the spans it replaces) before its spans are deleted.
     */
    public void rebuild(String corpusId) {
        tx.executeWithoutResult(status -> {
            // the sentence starts go too (as before the split): CorpusIngest.open records them again
            new SentenceTable(jdbc).delete(corpusId);
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> docs = new ArrayList<>();
            jdbc.query(
                    "SELECT doc_id, text, offsets FROM document WHERE corpus_id = ? ORDER BY doc_id",
                    rs -> {
                        int docId = rs.getInt(1);
                        spanRows(corpusId, docId, text(corpusId, docId, rs.getString(2)), rs.getBytes(3), rows);
                        docs.add(new Object[] {corpusId, docId});
                        if (rows.size() >= 10_000) {
                            replace(docs, rows);
                        }
                    },
                    corpusId);
            replace(docs, rows);
        });
    }

    /** Replaces the spans of {@code docs} by {@code rows}, and clears both lists. */
    private void replace(List<Object[]> docs, List<Object[]> rows) {
        if (!docs.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM document_span WHERE corpus_id = ? AND doc_id = ?", docs);
        }
        insert(rows);
        docs.clear();
        rows.clear();
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
        // each row's key, and how many of its tokens the requests need (a row's offsets are read no further)
        TreeMap<Long, Integer> needed = new TreeMap<>();
        for (TextSpan.Request r : requests) {
            for (int k = r.from() / SPAN_TOKENS; k <= (r.to() - 1) / SPAN_TOKENS; k++) {
                int tokens = Math.min(r.to() - k * SPAN_TOKENS, SPAN_TOKENS);
                needed.merge((long) r.docId() << 32 | k, tokens, Math::max);
            }
        }
        Integer[] docs = needed.keySet().stream().map(k -> (int) (k >>> 32)).toArray(Integer[]::new);
        Integer[] spans = needed.keySet().stream().map(k -> (int) (long) k).toArray(Integer[]::new);
        Map<Long, SpanRow> rows = new HashMap<>();
        jdbc.query(
                """
                SELECT s.doc_id, s.span, s.char_start, s.text, s.offsets FROM TABLE(d INT = ?, k INT = ?) t
                JOIN document_span s ON s.corpus_id = ? AND s.doc_id = t.d AND s.span = t.k""",
                rs -> {
                    long key = (long) rs.getInt(1) << 32 | rs.getInt(2);
                    rows.put(
                            key,
                            new SpanRow(
                                    rs.getInt(3),
                                    rs.getBytes(4),
                                    TokenCodec.decodeOffsets(rs.getBytes(5), needed.get(key))));
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

    /** A span as read: where its text starts in the document, the text as UTF-16 bytes, the offsets of its first tokens. */
    private record SpanRow(int charStart, byte[] text, int[][] offsets) {
        int length() {
            return text.length / 2;
        }
    }

    /**
     * Joins the rows of one request into its span: consecutive rows join without a gap (see {@link #spanRows}), so
     * the text from the first token's start to the last token's end is the needed part of each row, one after another;
     * only those chars are decoded.
     */
    private static TextSpan assemble(String corpusId, TextSpan.Request r, Map<Long, SpanRow> rows) {
        int from = r.from();
        int to = r.to();
        int[] starts = new int[to - from];
        int[] ends = new int[to - from];
        int textStart = -1;
        int firstRow = from / SPAN_TOKENS;
        int lastRow = (to - 1) / SPAN_TOKENS;
        for (int k = firstRow; k <= lastRow; k++) {
            SpanRow row = rows.get((long) r.docId() << 32 | k);
            if (row == null) {
                continue;
            }
            int first = k * SPAN_TOKENS;
            if (textStart < 0) {
                textStart = row.charStart();
            }
            for (int i = Math.max(0, from - first); i < row.offsets()[0].length && first + i < to; i++) {
                starts[first + i - from] = row.offsets()[0][i] + row.charStart();
                ends[first + i - from] = row.offsets()[1][i] + row.charStart();
            }
        }
        if (textStart < 0) {
            throw new DocumentNotFoundException(corpusId, r.docId());
        }
        if (starts.length == 0) {
            return new TextSpan(from, textStart, "", starts, ends);
        }
        int textEnd = ends[ends.length - 1];
        StringBuilder text = new StringBuilder(textEnd - starts[0]);
        for (int k = firstRow; k <= lastRow; k++) {
            SpanRow row = rows.get((long) r.docId() << 32 | k);
            if (row != null) {
                int a = Math.max(starts[0], row.charStart()) - row.charStart();
                int b = Math.min(textEnd, row.charStart() + row.length()) - row.charStart();
                appendUtf16(row.text(), a, b, text);
            }
        }
        return new TextSpan(from, starts[0], text.toString(), starts, ends);
    }

    /** Chars {@code [from, to)} of {@code text} as UTF-16 bytes, big-endian: a char is two bytes, so any run of them is found by its offsets. */
    static byte[] utf16(String text, int from, int to) {
        char[] chars = new char[to - from];
        text.getChars(from, to, chars, 0);
        byte[] out = new byte[2 * chars.length];
        // a view's bulk put copies the chars as one block, in the buffer's order (big-endian)
        ByteBuffer.wrap(out).asCharBuffer().put(chars);
        return out;
    }

    /** Appends chars {@code [from, to)} of UTF-16 bytes ({@link #utf16}) to {@code out}. */
    private static void appendUtf16(byte[] bytes, int from, int to, StringBuilder out) {
        char[] chars = new char[to - from];
        ByteBuffer.wrap(bytes, 2 * from, 2 * chars.length).asCharBuffer().get(chars);
        out.append(chars);
    }
}
