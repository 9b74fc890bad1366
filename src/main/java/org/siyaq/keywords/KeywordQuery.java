package org.siyaq.keywords;

import org.siyaq.analysis.Level;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.corpus.InvalidRequestException;

/**
 * A keyword-list request. The target is corpus {@code corpusId}, restricted to {@code where} when it is
 * given. The reference is corpus {@code referenceId} (the target's corpus when {@code null}), restricted
 * to {@code referenceWhere}; within the same corpus and without {@code referenceWhere}, the reference is
 * the complement of {@code where}: every document outside it.
 *
 * @param stopwords {@code true} keeps stop words in the rows, {@code false} leaves them out (N1 and N2 are unchanged)
 * @param minFreq   the least frequency in the target a row needs; 0 also lists words only the reference has
 */
public record KeywordQuery(
        String corpusId,
        DocumentFilter where,
        String referenceId,
        DocumentFilter referenceWhere,
        Level level,
        boolean stopwords,
        int minFreq,
        KeywordDirection show,
        KeywordMeasure sort,
        int offset,
        int limit) {

    public static final int MAX_PAGE = 1000;

    public KeywordQuery {
        if (referenceId == null || referenceId.isBlank()) {
            referenceId = corpusId;
        }
        if (level == null) {
            level = Level.NORM;
        }
        if (minFreq < 0) {
            minFreq = 0;
        }
        if (show == null) {
            show = KeywordDirection.BOTH;
        }
        if (sort == null) {
            sort = KeywordMeasure.LOG_LIKELIHOOD;
        }
        InvalidRequestException.checkPage(offset, limit, MAX_PAGE);
    }

    /** Whether the reference is the rest of the target's own corpus (the complement of {@code where}). */
    public boolean referenceIsRest() {
        return referenceId.equals(corpusId) && referenceWhere == null;
    }

    /** The same request for the rows {@code offset} to {@code offset + limit}, at most {@link #MAX_PAGE} of them. */
    public KeywordQuery page(int offset, int limit) {
        return new KeywordQuery(
                corpusId,
                where,
                referenceId,
                referenceWhere,
                level,
                stopwords,
                minFreq,
                show,
                sort,
                offset,
                Math.min(limit, MAX_PAGE));
    }
}
