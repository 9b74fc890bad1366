package org.siyaq.concordance;

import org.siyaq.analysis.Level;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.corpus.InvalidRequestException;

/**
 * A concordance request: the documents to search ({@code where}, {@code null} for all), the query
 * (syntax of {@code arabic.md}, or CQL: {@code docs/query-language.md}) at a level, the context width
 * in tokens on each side, the line order, the page wanted, and the context in sentences instead of
 * tokens ({@code sentences} 1 or more: the hit's sentence and {@code sentences - 1} each side), and
 * the lines' further sort levels, sample and hidden lines ({@link KwicOptions}).
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
        int sentences,
        KwicOptions options) {

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
        this(corpusId, where, query, level, context, sort, offset, limit, 0, KwicOptions.NONE);
    }

    /** A request with every line of the query (no further sort level, sample or hidden line). */
    public ConcordanceQuery(
            String corpusId,
            DocumentFilter where,
            String query,
            Level level,
            int context,
            KwicSort sort,
            int offset,
            int limit,
            int sentences) {
        this(corpusId, where, query, level, context, sort, offset, limit, sentences, KwicOptions.NONE);
    }

    public ConcordanceQuery {
        if (level == null) {
            level = Level.NORM;
        }
        if (sort == null) {
            sort = KwicSort.CORPUS;
        }
        if (options == null) {
            options = KwicOptions.NONE;
        }
        if (context < 0 || context > MAX_CONTEXT) {
            throw InvalidRequestException.of("request.context-range", MAX_CONTEXT, context);
        }
        InvalidRequestException.checkPage(offset, limit, MAX_PAGE);
        if (sentences < 0 || sentences > MAX_SENTENCES) {
            throw InvalidRequestException.of("cql.sentences.range", MAX_SENTENCES, sentences);
        }
    }

    /** The same request with its context in sentences (0: in tokens). */
    public ConcordanceQuery withSentences(int n) {
        return new ConcordanceQuery(corpusId, where, query, level, context, sort, offset, limit, n, options);
    }

    public ConcordanceQuery page(int newOffset, int newLimit) {
        return new ConcordanceQuery(
                corpusId, where, query, level, context, sort, newOffset, newLimit, sentences, options);
    }

    /** The same request with further sort levels, a sample or hidden lines. */
    public ConcordanceQuery withOptions(KwicOptions newOptions) {
        return new ConcordanceQuery(corpusId, where, query, level, context, sort, offset, limit, sentences, newOptions);
    }
}
