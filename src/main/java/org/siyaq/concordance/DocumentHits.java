package org.siyaq.concordance;

/** How often a query matches in one document: the concordance's distribution plot. */
public record DocumentHits(int docId, String title, int hits, int tokens, double perMillion) {
}
