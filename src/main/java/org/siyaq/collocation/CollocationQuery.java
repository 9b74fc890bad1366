package org.siyaq.collocation;

import org.siyaq.analysis.Level;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.corpus.InvalidRequestException;

/**
 * A collocation request: the documents to look in ({@code where}, {@code null} for all), the node (any
 * concordance query), a window of {@code left} tokens before and {@code right} after it, the level, the
 * minimum O11 and C1, whether stop words may be collocates, and the column to sort by.
 */
public record CollocationQuery(
        String corpusId,
        DocumentFilter where,
        String query,
        Level level,
        int left,
        int right,
        int minO11,
        int minC1,
        boolean stopwords,
        CollocationMeasure sort,
        int offset,
        int limit) {

    public static final int MAX_WINDOW = 20;
    public static final int MAX_PAGE = 1000;

    public CollocationQuery {
        if (level == null) {
            level = Level.NORM;
        }
        if (sort == null) {
            sort = CollocationMeasure.LOG_LIKELIHOOD;
        }
        if (left < 0 || right < 0 || left > MAX_WINDOW || right > MAX_WINDOW) {
            throw InvalidRequestException.of("request.window-range", MAX_WINDOW, left, right);
        }
        if (left + right == 0) {
            throw InvalidRequestException.of("request.window-empty");
        }
        if (minO11 < 1) {
            minO11 = 1;
        }
        if (minC1 < 1) {
            minC1 = 1;
        }
        InvalidRequestException.checkPage(offset, limit, MAX_PAGE);
    }

    /** The same request for the rows {@code offset} to {@code offset + limit}, at most {@link #MAX_PAGE} of them. */
    public CollocationQuery page(int offset, int limit) {
        return new CollocationQuery(
                corpusId,
                where,
                query,
                level,
                left,
                right,
                minO11,
                minC1,
                stopwords,
                sort,
                offset,
                Math.min(limit, MAX_PAGE));
    }
}
