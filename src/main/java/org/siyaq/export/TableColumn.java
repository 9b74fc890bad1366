package org.siyaq.export;

import java.util.function.Function;

/**
 * One column of a result table: its name (as in {@code statistics.md}) and how to read its value from a row.
 * A value is a {@link Number}, a {@link String}, another object that JSON can show (a map), or null.
 */
public record TableColumn<R>(String name, Function<? super R, ?> getter) {

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
