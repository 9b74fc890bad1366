package org.siyaq.ui;

import java.util.Locale;

/**
 * The width of a result table's column of figures, worked out on the server from the figures of the first page and
 * the header's words (issue 15). A column with auto width made the browser lay out every cell of the table twice more
 * to measure it after the rows arrived: two fifths of the browser's work for a page of collocates (14 such columns).
 *
 * <p>Widths are in {@code rem}, the root's font size, so that the header cell and the body cells resolve them alike: a
 * width in {@code ch} or {@code em} is resolved by each cell in its own font, and the grid's header cells use a smaller
 * font than its body cells, so the header row came out narrower than the rows under it and the headers drifted off
 * their figures. A character of a figure is given {@value #CHAR_REM} rem (a tabular digit of the body font is about
 * 0.56 of its size, and the body font is 1 rem), plus the cell's padding and room for a sortable header's arrow. A header wraps between its words (a column is
 * never narrower than its longest word), but one of up to {@link #HEADER_LINE} characters stays on one line.
 */
public final class FigureWidths {

    /** A header this long or shorter is not wrapped ("O11 (observed)", "Log-likelihood"). */
    static final int HEADER_LINE = 14;

    /** The width given to one character of a figure or a header, in {@code rem}. */
    static final double CHAR_REM = 0.6;

    /** The cell's padding on both sides and a sortable header's arrow, in {@code rem}. */
    private static final double ROOM_REM = 2.2;

    private FigureWidths() {}

    /** The CSS width of a column headed {@code header} whose longest figure has {@code figureChars} characters. */
    public static String width(String header, int figureChars) {
        int chars = Math.max(figureChars, headerChars(header));
        return String.format(Locale.ROOT, "%.1frem", chars * CHAR_REM + ROOM_REM);
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
