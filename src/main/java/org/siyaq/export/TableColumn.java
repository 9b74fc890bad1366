package org.siyaq.export;

import java.util.function.Function;

/**
 * One column of a result table: its name (as in {@code statistics.md}), how to read its value from a row,
 * and how a page shows it. A value is a {@link Number}, a {@link String}, another object that JSON can
 * show (a map), or null. The column's header on a page is the message {@code column.<name>}.
 */
public record TableColumn<R>(String name, Function<? super R, ?> getter, CellFormat format) {

    /** The message key of the column's header on a page. */
    public String headerKey() {
        return "column." + name;
    }

    /**
     * The cell of this column in {@code row}. A number that is not finite (NaN, infinity) becomes null,
     * because neither JSON nor a spreadsheet has a plain number for it.
     */
    public Object value(R row) {
        Object v = getter.apply(row);
        if (v instanceof Double d && !Double.isFinite(d)) {
            return null;
        }
        if (v instanceof Float f && !Float.isFinite(f)) {
            return null;
        }
        return v;
    }
}
