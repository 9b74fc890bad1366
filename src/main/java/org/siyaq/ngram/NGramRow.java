package org.siyaq.ngram;

/** One n-gram (its words joined by single spaces, in reading order) with its frequency and range. */
public record NGramRow(String ngram, int freq, int range) {}
