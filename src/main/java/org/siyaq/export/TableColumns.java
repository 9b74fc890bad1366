package org.siyaq.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The ordered columns of one kind of result row. The JSON API and the CSV export both read rows through
 * the same instance, so a column's name and value cannot differ between the two.
 */
public final class TableColumns<R> {

    private final List<TableColumn<R>> columns;

    private TableColumns(List<TableColumn<R>> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Starts a column list; add columns in the order they are shown. */
    public static <R> Builder<R> builder() {
        return new Builder<>();
    }

    public List<TableColumn<R>> columns() {
        return columns;
    }

    /** The column names in order: the CSV header and the JSON keys of a row. */
    public List<String> names() {
        return columns.stream().map(TableColumn::name).toList();
    }

    /** The row as JSON shows it: column name to value, in column order. */
    public Map<String, Object> toMap(R row) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (TableColumn<R> column : columns) {
            map.put(column.name(), column.value(row));
        }
        return Collections.unmodifiableMap(map);
    }

    /** The cells of the row in column order. */
    public List<Object> values(R row) {
        List<Object> values = new ArrayList<>(columns.size());
        for (TableColumn<R> column : columns) {
            values.add(column.value(row));
        }
        return values;
    }

    /** Collects columns in order. */
    public static final class Builder<R> {

        private final List<TableColumn<R>> columns = new ArrayList<>();

        private Builder() {}

        /** A column shown as plain text (or not shown on a page at all). */
        public Builder<R> add(String name, Function<? super R, ?> getter) {
            return add(name, getter, CellFormat.TEXT);
        }

        public Builder<R> add(String name, Function<? super R, ?> getter, CellFormat format) {
            if (columns.stream().anyMatch(c -> c.name().equals(name))) {
                throw new IllegalArgumentException("Duplicate column " + name);
            }
            columns.add(new TableColumn<>(name, getter, format));
            return this;
        }

        /** Every column of {@code first}, in its order (a list that extends another). */
        public Builder<R> addAll(TableColumns<R> first) {
            first.columns().forEach(c -> add(c.name(), c.getter(), c.format()));
            return this;
        }

        public TableColumns<R> build() {
            return new TableColumns<>(columns);
        }
    }
}
