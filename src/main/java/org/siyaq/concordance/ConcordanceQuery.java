package org.siyaq.concordance;

import org.siyaq.analysis.Level;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.i18n.Messages;

/**
 * A concordance request: the documents to search ({@code where}, {@code null} for all), the query
 * (syntax of {@code arabic.md}, or CQL: {@code docs/query-language.md}) at a level, the context width
 * in tokens on each side, the line order, the page wanted, and the context in sentences instead of
 * tokens ({@code sentences} 1 or more: the hit's sentence and {@code sentences - 1} each side).
 */
public record ConcordanceQuery(
        String corpusId,
        DocumentFilter where,
        String query,
        Level level,
        int context,
        KwicSort sort,
        int offset,
        int limit,
        int sentences) {

    public static final int DEFAULT_CONTEXT = 7;
    public static final int MAX_CONTEXT = 50;
    public static final int MAX_PAGE = 1000;
    public static final int MAX_SENTENCES = 5;

    /** A request with its context in tokens. */
    public ConcordanceQuery(
            String corpusId,
            DocumentFilter where,
            String query,
            Level level,
            int context,
            KwicSort sort,
            int offset,
            int limit) {
        this(corpusId, where, query, level, context, sort, offset, limit, 0);
    }

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
        if (sentences < 0 || sentences > MAX_SENTENCES) {
            throw new InvalidRequestException(
                    Messages.english("cql.sentences.range", MAX_SENTENCES, sentences),
                    Messages.arabic("cql.sentences.range", MAX_SENTENCES, sentences));
        }
    }

    /** The same request with its context in sentences (0: in tokens). */
    public ConcordanceQuery withSentences(int n) {
        return new ConcordanceQuery(corpusId, where, query, level, context, sort, offset, limit, n);
    }

    public ConcordanceQuery page(int newOffset, int newLimit) {
        return new ConcordanceQuery(corpusId, where, query, level, context, sort, newOffset, newLimit, sentences);
    }
}
