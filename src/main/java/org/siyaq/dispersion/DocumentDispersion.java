package org.siyaq.dispersion;

/**
 * One strip of a dispersion plot: a document with at least one hit.
 *
 * @param docId     the document's id in its whole corpus
 * @param tokens    the document's length in tokens
 * @param positions the document-local token number of each hit's first token, ascending
 * @param dp        Gries' DP of the hits over the document cut into {@link DispersionService#PARTS} equal parts
 */
public record DocumentDispersion(int docId, String title, int tokens, int hits, double dp, int[] positions) {}
