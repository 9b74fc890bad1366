package org.siyaq.query;

import org.siyaq.analysis.Level;

/**
 * One token position of a query.
 *
 * @param text for EXACT the word at its level, for WILDCARD a pattern of level strings and
 *             {@code *}/{@code ?}, for REGEX the expression between the slashes
 */
public record QueryTerm(Kind kind, Level level, String text) {

    public enum Kind {
        EXACT,
        WILDCARD,
        REGEX
    }
}
