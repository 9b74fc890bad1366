package org.siyaq.concordance;

import java.util.List;

/**
 * One concordance line, its three parts as written in the original text (with punctuation).
 *
 * @param docId       the document's id in its whole corpus (0-based), also when the query ran on a sub-corpus
 * @param position    token number of the node's first token in its document (0-based)
 * @param nodeStart   character offset of the node in the document's text
 * @param nodeEnd     character offset just past the node
 * @param beforeStart character offset where {@code before} starts
 * @param afterEnd    character offset where {@code after} ends
 * @param collocates  with a collocate filter ({@link CollocateFilter}), the collocate's tokens in the line's
 *                    collocates' window as character offsets in the document's text, in text order; empty otherwise
 */
public record KwicLine(
        int docId,
        String docTitle,
        int position,
        String before,
        String node,
        String after,
        int nodeStart,
        int nodeEnd,
        int beforeStart,
        int afterEnd,
        List<TextRange> collocates) {

    public KwicLine {
        collocates = collocates == null ? List.of() : List.copyOf(collocates);
    }

    /** A line without collocate offsets (no collocate filter). */
    public KwicLine(
            int docId,
            String docTitle,
            int position,
            String before,
            String node,
            String after,
            int nodeStart,
            int nodeEnd,
            int beforeStart,
            int afterEnd) {
        this(docId, docTitle, position, before, node, after, nodeStart, nodeEnd, beforeStart, afterEnd, List.of());
    }

    /** The same line with the collocate's tokens in its window. */
    public KwicLine withCollocates(List<TextRange> ranges) {
        return new KwicLine(
                docId, docTitle, position, before, node, after, nodeStart, nodeEnd, beforeStart, afterEnd, ranges);
    }
}
