package org.siyaq.keywords;

import java.util.List;

/** A page of a keyword list, with the sizes of the target ({@code N1}) and reference ({@code N2}) and the number of rows. */
public record KeywordResult(
        long targetTokens, long referenceTokens, int totalRows, int offset, List<KeywordRow> rows) {}
