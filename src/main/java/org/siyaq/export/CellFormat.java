package org.siyaq.export;

/**
 * How a table's page shows a column's values: a whole number, a decimal with {@code digits} places, a
 * percentage, a word of the corpus (shown as written or in Buckwalter), or other text. JSON and CSV
 * write the value itself and ignore the format.
 */
public record CellFormat(Kind kind, int digits) {

    /** What kind of value a column holds. */
    public enum Kind {
        INTEGER,
        DECIMAL,
        PERCENT,
        WORD,
        TEXT
    }

    public static final CellFormat INTEGER = new CellFormat(Kind.INTEGER, 0);
    public static final CellFormat WORD = new CellFormat(Kind.WORD, 0);
    public static final CellFormat TEXT = new CellFormat(Kind.TEXT, 0);
    /** A percentage with one decimal place. */
    public static final CellFormat PERCENT = new CellFormat(Kind.PERCENT, 1);

    public static CellFormat decimal(int digits) {
        return new CellFormat(Kind.DECIMAL, digits);
    }

    /** Whether the column holds numbers (aligned as numbers, never cut). */
    public boolean numeric() {
        return kind == Kind.INTEGER || kind == Kind.DECIMAL || kind == Kind.PERCENT;
    }
}
