package org.siyaq.distribution;

/**
 * One bar (or point) of a distribution by metadata: a value of the field, or a year ({@code 2021}) or
 * month ({@code 2021-06}); {@code null} for the documents without one.
 *
 * @param perMillion {@code hits / tokens · 1,000,000}, 0 for a period without documents
 */
public record ValueHits(String value, int documents, long tokens, int hits, double perMillion) {}
