package org.siyaq.query;

import java.util.Arrays;

/**
 * The matches of a query in a corpus: the position of the first token of each, in corpus order (one
 * match per start), and how many tokens each spans: {@code length} for all of them, or, when they differ
 * (a CQL pattern with repetitions), {@code lengths[i]} for match {@code i} and {@code length} the longest.
 */
public record Hits(int[] starts, int length, int documents, int[] lengths) {

    /** Matches that all span {@code length} tokens. */
    public Hits(int[] starts, int length, int documents) {
        this(starts, length, documents, null);
    }

    /** Matches of different lengths. */
    public Hits(int[] starts, int[] lengths, int documents) {
        this(starts, Arrays.stream(lengths).max().orElse(1), documents, lengths);
    }

    public int count() {
        return starts.length;
    }

    /** The length of match {@code i}. */
    public int lengthAt(int i) {
        return lengths == null ? length : lengths[i];
    }

    /** The length of the match that starts at {@code start}, which must be one of {@link #starts()}. */
    public int lengthOf(int start) {
        return lengths == null ? length : lengths[Arrays.binarySearch(starts, start)];
    }
}
