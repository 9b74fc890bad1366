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
 * @param sort      the order of the whole filtered table ({@link WordListSort#DEFAULT}: rank order)
 */
public record WordListQuery(
        String corpusId,
        DocumentFilter where,
        Level level,
        boolean stopwords,
        int minFreq,
        String filter,
        int offset,
        int limit,
        WordListSort sort) {

    public static final int MAX_PAGE = 1000;

    public WordListQuery {
        if (level == null) {
            level = Level.NORM;
        }
        if (minFreq < 1) {
            minFreq = 1;
        }
        if (sort == null) {
            sort = WordListSort.DEFAULT;
        }
        InvalidRequestException.checkPage(offset, limit, MAX_PAGE);
    }

    /** A request in rank order. */
    public WordListQuery(
            String corpusId,
            DocumentFilter where,
            Level level,
            boolean stopwords,
            int minFreq,
            String filter,
            int offset,
            int limit) {
        this(corpusId, where, level, stopwords, minFreq, filter, offset, limit, WordListSort.DEFAULT);
    }

    /** The same request in another order. */
    public WordListQuery sorted(WordListSort order) {
        return new WordListQuery(corpusId, where, level, stopwords, minFreq, filter, offset, limit, order);
    }

    /** The same request for the rows {@code offset} to {@code offset + limit}, at most {@link #MAX_PAGE} of them. */
    public WordListQuery page(int offset, int limit) {
        return new WordListQuery(
                corpusId, where, level, stopwords, minFreq, filter, offset, Math.min(limit, MAX_PAGE), sort);
    }
}
