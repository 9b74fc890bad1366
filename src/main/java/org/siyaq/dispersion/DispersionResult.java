package org.siyaq.dispersion;

import java.util.List;

/**
 * A page of a dispersion plot: the query's hits, the documents with hits out of all, Gries' DP of the
 * hits over the documents (and normalized), the tokens each hit spans, and the page's documents in corpus order.
 */
public record DispersionResult(
        int hits,
        int hitLength,
        int documentsWithHits,
        int documents,
        double dp,
        double dpNorm,
        int totalRows,
        int offset,
        List<DocumentDispersion> rows) {}
