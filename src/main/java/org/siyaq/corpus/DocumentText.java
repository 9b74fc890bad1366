package org.siyaq.corpus;

/** The stored original text of a document with the character offsets of each of its tokens. */
public record DocumentText(String text, int[] tokenStarts, int[] tokenEnds) {

    /** The original text from the start of token {@code from} to the end of token {@code to - 1}. */
    public String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokenStarts[from], tokenEnds[to - 1]);
    }
}
