package org.siyaq.query;

import java.util.List;
import java.util.stream.Collectors;

/** A query as a sequence of terms, one per consecutive token of a match. */
public record ParsedQuery(String source, List<QueryTerm> terms) {

    public ParsedQuery {
        terms = List.copyOf(terms);
    }

    public int length() {
        return terms.size();
    }

    /** A canonical text of the analysed query, usable as a cache key. */
    public String key() {
        return terms.stream().map(t -> t.kind() + ":" + t.level().key() + ":" + t.text()).collect(Collectors.joining(" "));
    }
}
