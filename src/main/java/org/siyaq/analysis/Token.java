package org.siyaq.analysis;

/**
 * One token at the {@link Level#FORM form} level.
 *
 * @param form the cleaned, NFC-normalized, lower-cased token text
 * @param start offset of its first char in the original text
 * @param end offset just past its last char in the original text (exclusive)
 */
public record Token(String form, int start, int end) {}
