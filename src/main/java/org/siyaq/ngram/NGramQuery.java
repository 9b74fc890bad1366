package org.siyaq.ngram;

import org.siyaq.analysis.Level;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.corpus.InvalidRequestException;

/**
 * An n-gram request: the documents to count ({@code where}, {@code null} for all), n (2–6), the level,
 * the minimum frequency, and optionally a query each n-gram must contain.
 */
public record NGramQuery(
        String corpusId,
        DocumentFilter where,
        int n,
        Level level,
        int minFreq,
        String contains,
        int offset,
        int limit) {

    public static final int MIN_N = 2;
    public static final int MAX_N = 6;
    public static final int MAX_PAGE = 1000;

    public NGramQuery {
        if (level == null) {
            level = Level.NORM;
        }
        if (n < MIN_N || n > MAX_N) {
            throw InvalidRequestException.of("request.n-range", n);
        }
        if (minFreq < 1) {
            minFreq = 1;
        }
        InvalidRequestException.checkPage(offset, limit, MAX_PAGE);
    }

    /** The same request for the rows {@code offset} to {@code offset + limit}, at most {@link #MAX_PAGE} of them. */
    public NGramQuery page(int offset, int limit) {
        return new NGramQuery(corpusId, where, n, level, minFreq, contains, offset, Math.min(limit, MAX_PAGE));
    }
}
