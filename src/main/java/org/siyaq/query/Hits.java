package org.siyaq.query;

/**
 * The matches of a query in a corpus: the position of the first token of each, in corpus order, and
 * the number of tokens every match spans.
 */
public record Hits(int[] starts, int length, int documents) {

    public int count() {
        return starts.length;
    }
}
