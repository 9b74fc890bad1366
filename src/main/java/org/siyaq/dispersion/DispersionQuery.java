package org.siyaq.dispersion;

import org.siyaq.analysis.Level;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.corpus.InvalidRequestException;

/** A dispersion request: the documents ({@code where}, {@code null} for all), the query at a level, and a page of documents with hits. */
public record DispersionQuery(String corpusId, DocumentFilter where, String query, Level level, int offset, int limit) {

    public static final int MAX_PAGE = 1000;

    public DispersionQuery {
        if (level == null) {
            level = Level.NORM;
        }
        InvalidRequestException.checkPage(offset, limit, MAX_PAGE);
    }
}
