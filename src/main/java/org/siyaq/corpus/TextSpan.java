package org.siyaq.corpus;

/**
 * Part of a document's original text: the chars from the start of token {@code from} up to (at least)
 * the end of its last token, with each token's offsets in the whole document. A concordance line needs
 * a few dozen tokens of a document, and a span gives it those without reading the whole document.
 */
public record TextSpan(int from, int textStart, String text, int[] starts, int[] ends) {

    /** The start offset, in the document, of token {@code token} (a document-local token number). */
    public int start(int token) {
        return starts[token - from];
    }

    public int end(int token) {
        return ends[token - from];
    }

    /** The document's chars {@code [charFrom, charTo)}, which must lie inside the span. */
    public String chars(int charFrom, int charTo) {
        return text.substring(charFrom - textStart, charTo - textStart);
    }

    /** The span of tokens {@code [from, to)} cut from a whole document's text. */
    public static TextSpan of(DocumentText doc, int from, int to) {
        int[] starts = java.util.Arrays.copyOfRange(doc.tokenStarts(), from, to);
        int[] ends = java.util.Arrays.copyOfRange(doc.tokenEnds(), from, to);
        int textStart = from < to ? starts[0] : 0;
        int textEnd = from < to ? ends[ends.length - 1] : 0;
        return new TextSpan(from, textStart, doc.text().substring(textStart, textEnd), starts, ends);
    }

    /** Tokens {@code [from, to)} of the document with id {@code docId} (document-local numbers): what a line needs read. */
    public record Request(int docId, int from, int to) {}
}
