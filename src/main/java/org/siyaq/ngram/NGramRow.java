package org.siyaq.ngram;

import java.util.List;

/**
 * One n-gram (its words joined by single spaces, in reading order) with its frequency and range;
 * {@code forms} are its most frequent written forms at levels above {@code form} ({@link NGramForms}).
 */
public record NGramRow(String ngram, int freq, int range, List<String> forms) {

    /** A row without forms (at {@code form}, where the n-gram is its own written form). */
    public NGramRow(String ngram, int freq, int range) {
        this(ngram, freq, range, List.of());
    }
}
