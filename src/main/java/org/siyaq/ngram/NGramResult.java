package org.siyaq.ngram;

import java.util.List;

/** A page of n-grams and how many there are in all. */
public record NGramResult(int totalRows, int offset, List<NGramRow> rows) {}
