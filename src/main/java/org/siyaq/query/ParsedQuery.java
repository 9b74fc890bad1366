package org.siyaq.query;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A query as a sequence of terms, one per consecutive token of a match; or, for a CQL query, its
 * pattern ({@code cql} not null, {@code terms} empty).
 */
public record ParsedQuery(String source, List<QueryTerm> terms, CqlPattern cql) {

    public ParsedQuery {
        terms = List.copyOf(terms);
    }

    public ParsedQuery(String source, List<QueryTerm> terms) {
        this(source, terms, null);
    }

    public int length() {
        return terms.size();
    }

    /** A canonical text of the analysed query, usable as a cache key. */
    public String key() {
        if (cql != null) {
            return cql.key();
        }
        return terms.stream()
                .map(t -> t.kind() + ":" + t.level().key() + ":" + t.text())
                .collect(Collectors.joining(" "));
    }
}
