package org.siyaq.concordance;

/**
 * One match of a query inside one document, in that document's own token numbers.
 *
 * @param start the first token of the match (0-based, local to the document)
 * @param end   just past the match's last token
 */
public record DocumentMatch(int start, int end) {}
