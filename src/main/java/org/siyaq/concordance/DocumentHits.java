package org.siyaq.concordance;

import org.siyaq.corpus.DocumentInfo;

/** How often a query matches in one document: the concordance's distribution plot. */
public record DocumentHits(int docId, String title, int hits, int tokens, double perMillion) {

    /** {@code hits} matches in {@code doc}, with their rate per million tokens of the document (0 for an empty one). */
    public static DocumentHits of(DocumentInfo doc, int hits) {
        double perMillion = doc.tokenCount() == 0 ? 0 : hits * 1_000_000.0 / doc.tokenCount();
        return new DocumentHits(doc.id(), doc.displayTitle(), hits, doc.tokenCount(), perMillion);
    }
}
