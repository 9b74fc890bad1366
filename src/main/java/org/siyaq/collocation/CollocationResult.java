package org.siyaq.collocation;

import java.util.List;

/**
 * A page of collocates, with the figures every row shares: the node's frequency, the size of the
 * co-occurrence region (R1) and of the corpus (N).
 */
public record CollocationResult(
        int nodeFreq, long regionSize, long tokens, int totalRows, int offset, List<CollocateRow> rows) {}
