package org.siyaq.wordlist;

/** Type/token figures of a corpus at a level: N, types, TTR and STTR (1,000-token chunks). */
public record WordListSummary(long tokens, int types, double ttr, double sttr) {}
