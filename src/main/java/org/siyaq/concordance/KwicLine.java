package org.siyaq.concordance;

/**
 * One concordance line, its three parts as written in the original text (with punctuation).
 *
 * @param docId       the document's id in its whole corpus (0-based), also when the query ran on a sub-corpus
 * @param position    token number of the node's first token in its document (0-based)
 * @param nodeStart   character offset of the node in the document's text
 * @param nodeEnd     character offset just past the node
 * @param beforeStart character offset where {@code before} starts
 * @param afterEnd    character offset where {@code after} ends
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
        int afterEnd) {}
