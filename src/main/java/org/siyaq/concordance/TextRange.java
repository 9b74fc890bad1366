package org.siyaq.concordance;

/** Characters {@code [start, end)} of a document's text, as offsets into the whole document. */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Not a range of characters: " + start + "–" + end);
        }
    }
}
