package org.siyaq.ui;

import java.util.Locale;

/**
 * The width of a result table's column of figures, worked out on the server from the figures of the first page and
 * the header's words (issue 15). A column with auto width made the browser lay out every cell of the table twice more
 * to measure it after the rows arrived: two fifths of the browser's work for a page of collocates (14 such columns).
 *
 * <p>Widths are in {@code ch} (the advance of a digit; the grid uses tabular figures, so a figure of n characters is
 * about n ch wide) plus the cell's padding and room for a sort indicator. A header wraps between its words (a column is
 * never narrower than its longest word), but one of up to {@link #HEADER_LINE} characters stays on one line.
 */
public final class FigureWidths {

    /** A header this long or shorter is not wrapped ("O11 (observed)", "Log-likelihood"). */
    static final int HEADER_LINE = 14;

    /** The cell's padding on both sides and the sort indicator (vaadin-grid-sorter), in {@code em}. */
    private static final double ROOM_EM = 2.2;

    private FigureWidths() {}

    /** The CSS width of a column headed {@code header} whose longest figure has {@code figureChars} characters. */
    public static String width(String header, int figureChars) {
        int chars = Math.max(figureChars, headerChars(header));
        return String.format(Locale.ROOT, "calc(%dch + %.1fem)", chars, ROOM_EM);
    }

    /** The characters a header needs on its widest line: the whole header if short, else its longest word. */
    static int headerChars(String header) {
        String text = header.strip();
        if (text.length() <= HEADER_LINE) {
            return text.length();
        }
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return Math.max(longest, HEADER_LINE);
    }
}
