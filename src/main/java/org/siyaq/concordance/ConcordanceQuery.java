package org.siyaq.concordance;

import org.siyaq.analysis.Level;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.corpus.InvalidRequestException;

/**
 * A concordance request: the documents to search ({@code where}, {@code null} for all), the query
 * (syntax of {@code arabic.md}) at a level, the context width in tokens on each side, the line order,
 * and the page wanted.
 */
public record ConcordanceQuery(String corpusId, DocumentFilter where, String query, Level level, int context, KwicSort sort,
        int offset, int limit) {

    public static final int DEFAULT_CONTEXT = 7;
    public static final int MAX_CONTEXT = 50;
    public static final int MAX_PAGE = 1000;

    public ConcordanceQuery {
        if (level == null) {
            level = Level.NORM;
        }
        if (sort == null) {
            sort = KwicSort.CORPUS;
        }
        if (context < 0 || context > MAX_CONTEXT) {
            throw InvalidRequestException.of("request.context-range", MAX_CONTEXT, context);
        }
        InvalidRequestException.checkPage(offset, limit, MAX_PAGE);
    }

    public ConcordanceQuery page(int newOffset, int newLimit) {
        return new ConcordanceQuery(corpusId, where, query, level, context, sort, newOffset, newLimit);
    }
}
