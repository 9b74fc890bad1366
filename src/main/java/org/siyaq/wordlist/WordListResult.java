package org.siyaq.wordlist;

import java.util.List;

/** A page of the frequency table, with the number of rows after filtering and the corpus summary. */
public record WordListResult(WordListSummary summary, int totalRows, int offset, List<WordRow> rows) {}
