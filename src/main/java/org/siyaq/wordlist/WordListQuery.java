package org.siyaq.wordlist;

import org.siyaq.analysis.Level;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.corpus.InvalidRequestException;

/**
 * A frequency-table request.
 *
 * @param where     the documents to count ({@code null} for all); N and every figure are theirs
 * @param stopwords {@code true} keeps stop words in the rows, {@code false} leaves them out (N is unchanged)
 * @param filter    optional pattern the word must match: a word with {@code *}/{@code ?} or a {@code /regex/}
 */
public record WordListQuery(
        String corpusId,
        DocumentFilter where,
        Level level,
        boolean stopwords,
        int minFreq,
        String filter,
        int offset,
        int limit) {

    public static final int MAX_PAGE = 1000;

    public WordListQuery {
        if (level == null) {
            level = Level.NORM;
        }
        if (minFreq < 1) {
            minFreq = 1;
        }
        InvalidRequestException.checkPage(offset, limit, MAX_PAGE);
    }

    /** The same request for the rows {@code offset} to {@code offset + limit}, at most {@link #MAX_PAGE} of them. */
    public WordListQuery page(int offset, int limit) {
        return new WordListQuery(corpusId, where, level, stopwords, minFreq, filter, offset, Math.min(limit, MAX_PAGE));
    }
}
