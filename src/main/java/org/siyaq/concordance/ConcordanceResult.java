package org.siyaq.concordance;

import java.util.List;

/** A page of concordance lines with the totals of the whole result. */
public record ConcordanceResult(int total, int documents, int offset, List<KwicLine> lines) {}
