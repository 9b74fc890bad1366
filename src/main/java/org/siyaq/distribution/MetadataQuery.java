package org.siyaq.distribution;

import org.siyaq.analysis.Level;
import org.siyaq.corpus.DocumentFilter;

/** Hits of {@code query} (at {@code level}) in the documents {@code where} selects, grouped by {@code field} at a granularity. */
public record MetadataQuery(
        String corpusId, DocumentFilter where, String query, Level level, String field, Granularity granularity) {

    public MetadataQuery {
        if (level == null) {
            level = Level.NORM;
        }
        if (field == null || field.isBlank()) {
            field = "source";
        }
        if (granularity == null) {
            granularity = Granularity.VALUE;
        }
    }
}
