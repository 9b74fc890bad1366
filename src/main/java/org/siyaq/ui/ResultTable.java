package org.siyaq.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.siyaq.analysis.script.Buckwalter;
import org.siyaq.export.CellFormat;
import org.siyaq.export.TableColumn;
import org.siyaq.export.TableColumns;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tool's result table on its page: the summary line, the CSV link and the Buckwalter toggle above a
 * {@link SiyaqTable} whose columns come from the tool's one column list (the list the JSON and the CSV use), each
 * with its header in the page's language ({@code column.<name>}) and a definition as its tooltip. The cells go to the
 * browser as the page shows them: figures formatted here ({@link #shown}), words as written or in Buckwalter.
 */
public final class ResultTable<R> {

    /** The least width of a word column (Vaadin's grid gave a column 100 px, and more when there was room). */
    private static final String SHARE_MIN = "8rem";

    private final String tool;
    private final Table table = new Table();
    private final Checkbox buckwalter = new Checkbox();
    private final Span summary = new Span();
    private final Anchor csv;
    private final Div bar;
    private final boolean rtl;
    /** The tool's columns shown, by key. */
    private final Map<String, TableColumn<R>> shownColumns = new LinkedHashMap<>();
    /** The browser's description of each column, by key, in order. */
    private final Map<String, ObjectNode> specs = new LinkedHashMap<>();

    /** The rows as the browser draws them: a cell per shown column. */
    private final class Table extends SiyaqTable<R> {
        /** The first page's cells while it is shown: formatted once, for the figures' widths and for the browser. */
        private final Map<R, String[]> formatted = new IdentityHashMap<>();

        @Override
        protected void write(R row, ObjectNode json) {
            String[] cells = formatted.get(row);
            if (cells == null) {
                cells = cells(row);
            }
            int i = 0;
            for (String name : shownColumns.keySet()) {
                json.put(name, cells[i++]);
            }
        }

        private void describe() {
            ArrayNode columns = JsonNodeFactory.instance.arrayNode();
            specs.values().forEach(columns::add);
            setColumns(columns);
        }
    }

    /** The cells of {@code row} as the browser shows them, in the order of the columns shown. */
    private String[] cells(R row) {
        boolean transliterated = buckwalter.getValue();
        String[] cells = new String[shownColumns.size()];
        int i = 0;
        for (TableColumn<R> column : shownColumns.values()) {
            CellFormat format = column.format();
            Object value = column.getter().apply(row);
            String text = format.numeric() ? shown(format, value) : value == null ? "" : value.toString();
            cells[i++] =
                    transliterated && format.kind() == CellFormat.Kind.WORD ? Buckwalter.transliterate(text) : text;
        }
        return cells;
    }

    /** The components' ids are {@code <tool>-grid}, {@code <tool>-summary} and {@code <tool>-buckwalter}; {@code rtl}: an Arabic page. */
    ResultTable(String tool, Anchor csv, boolean rtl) {
        this.tool = tool;
        this.csv = csv;
        this.rtl = rtl;
        table.setId(tool + "-grid");
        table.addClassName("result-table");
        table.setEmptyText(table.getTranslation("table.empty"));
        buckwalter.setId(tool + "-buckwalter");
        buckwalter.setLabel(table.getTranslation("buckwalter.toggle"));
        buckwalter.addValueChangeListener(e -> {
            table.getElement().setAttribute("transliterated", e.getValue());
            table.redraw();
        });
        summary.setId(tool + "-summary");
        summary.addClassName("result-summary");
        bar = new Div(summary, csv, buckwalter);
        bar.addClassName("result-bar");
    }

    /**
     * Adds a column for each of {@code columns}: words (as written or in Buckwalter) take the room, numbers are as
     * wide as their figures; {@code definition} gives a column's tooltip by name.
     */
    public ResultTable<R> columns(TableColumns<R> columns, UnaryOperator<String> definition) {
        String align = Texts.numberAlign(rtl) == ColumnTextAlign.END ? "end" : "start";
        for (TableColumn<R> column : columns.columns()) {
            CellFormat format = column.format();
            ObjectNode spec = JsonNodeFactory.instance
                    .objectNode()
                    .put("key", column.name())
                    .put("header", header(column))
                    .put("definition", definition.apply(column.name()));
            if (format.numeric()) {
                spec.put("kind", "number").put("align", align).put("width", FigureWidths.width(header(column), 0));
            } else {
                spec.put("kind", format.kind() == CellFormat.Kind.WORD ? "word" : "text")
                        .put("grow", 2)
                        .put("min", SHARE_MIN);
            }
            shownColumns.put(column.name(), column);
            specs.put(column.name(), spec);
        }
        table.describe();
        return this;
    }

    /** Gives word column {@code key} {@code grow} shares of the room the word columns take (2 each at first). */
    public ResultTable<R> widen(String key, int grow) {
        specs.get(key).put("grow", grow);
        table.describe();
        return this;
    }

    /** Keeps column {@code key}, the first, in view when the table is scrolled sideways (a phone), at least {@code min} wide. */
    public ResultTable<R> freeze(String key, String min) {
        specs.get(key).put("frozen", true).put("grow", 1).put("min", min);
        table.describe();
        return this;
    }

    /**
     * Adds a column of buttons, {@code key}, after the tool's columns: {@code label} on each (class {@code
     * <tool>-<key>}), {@code definition} as the header's tooltip; a press calls {@code action} with its row and does not
     * count as a click on the row.
     */
    public ResultTable<R> button(String key, String header, String definition, String label, Consumer<R> action) {
        specs.put(
                key,
                JsonNodeFactory.instance
                        .objectNode()
                        .put("key", key)
                        .put("kind", "button")
                        .put("header", header)
                        .put("definition", definition)
                        .put("text", label)
                        .put("label", label)
                        .put("className", "inline-button " + tool + "-" + key.replace('_', '-'))
                        .put("width", FigureWidths.width(header, label.length())));
        table.describe();
        table.onButton(key, action);
        return this;
    }

    /** Calls {@code handler} with the row clicked (or Enter on it), off its clickable words and its buttons. */
    public void onRow(Consumer<R> handler) {
        table.onRow(handler);
    }

    /**
     * Makes a click on a word of column {@code key} (the word under the pointer, else the first), or Enter on one of
     * its cells, call {@code handler} with the row and the word instead of counting as a click on the row.
     */
    public void onWord(String key, BiConsumer<R, WordClick> handler) {
        specs.get(key).put("words", true);
        table.describe();
        table.onWord(key, handler);
    }

    /**
     * Makes the headers of {@code keys} sortable: a click on one calls {@code chosen} with its key and the order asked
     * for (up, down, or null for the table's own order); {@link #sorted} shows the order the rows are in.
     */
    public void sortable(Collection<String> keys, BiConsumer<String, SortDirection> chosen) {
        keys.forEach(key -> specs.get(key).put("sortable", true));
        table.describe();
        table.onSort(chosen);
    }

    /** Shows on the headers that the rows are sorted by column {@code key} (null: the table's own order). */
    public void sorted(String key, SortDirection direction) {
        table.sorted(key, direction);
    }

    /** A number as the page writes it; a percentage too large to read (a zero reference frequency) in scientific notation. */
    static String shown(CellFormat format, Object value) {
        if (!(value instanceof Number n)) {
            return "";
        }
        return switch (format.kind()) {
            case INTEGER -> Texts.integer(n.longValue());
            case PERCENT ->
                Math.abs(n.doubleValue()) >= 1e6
                        ? String.format(Locale.ROOT, "%.2e", n.doubleValue())
                        : Texts.decimal(n.doubleValue(), format.digits());
            default -> Texts.decimal(n.doubleValue(), format.digits());
        };
    }

    /**
     * Shows a result: its summary line and a table of {@code total} rows, {@code first} (the rows the worker read,
     * from 0) at once and any later page from {@code page(offset, limit)}.
     */
    public void show(String summaryText, int total, List<R> first, BiFunction<Integer, Integer, List<R>> page) {
        Texts.showParts(summary, summaryText);
        // "press Run" only before the first Run (and after a failure): a Run that finds nothing says so
        table.setEmptyText(table.getTranslation(total == 0 ? "table.none" : "table.empty"));
        for (R row : first) {
            table.formatted.put(row, cells(row));
        }
        fitFigures(table.formatted.values());
        try {
            table.show(total, first, page);
        } finally {
            table.formatted.clear();
        }
    }

    /** Each figure column as wide as the longest of its figures in {@code cells} (the first page) and its header need. */
    private void fitFigures(Collection<String[]> cells) {
        ObjectNode widths = JsonNodeFactory.instance.objectNode();
        int i = 0;
        for (TableColumn<R> column : shownColumns.values()) {
            if (column.format().numeric()) {
                int longest = 0;
                for (String[] row : cells) {
                    longest = Math.max(longest, row[i].length());
                }
                widths.put(column.name(), FigureWidths.width(header(column), longest));
            }
            i++;
        }
        table.setWidths(widths);
    }

    private String header(TableColumn<R> column) {
        return table.getTranslation(column.headerKey());
    }

    /** Empties the table and the summary line (no result, or a failed query). */
    public void clear() {
        table.clear();
        table.setEmptyText(table.getTranslation("table.empty"));
        summary.setText("");
    }

    /** Replaces the summary line (a hint instead of a result). */
    public void summary(String text) {
        summary.setText(text);
    }

    /** The table itself, {@code <tool>-grid}. */
    public SiyaqTable<R> table() {
        return table;
    }

    public Anchor csv() {
        return csv;
    }

    /** The bar above the table: summary, CSV link, Buckwalter toggle. */
    public Div bar() {
        return bar;
    }

    Checkbox buckwalterBox() {
        return buckwalter;
    }

    public boolean buckwalter() {
        return buckwalter.getValue();
    }
}
