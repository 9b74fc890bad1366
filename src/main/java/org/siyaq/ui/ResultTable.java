package org.siyaq.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.function.ValueProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.siyaq.export.CellFormat;
import org.siyaq.export.TableColumn;
import org.siyaq.export.TableColumns;

/**
 * A tool's result table on its page: the summary line, the CSV link and the Buckwalter toggle above a
 * grid whose columns come from the tool's one column list (the list the JSON and the CSV use), each
 * with its header in the page's language ({@code column.<name>}) and a definition as its tooltip.
 */
public final class ResultTable<R> {

    private final Grid<R> grid = new Grid<>();
    private final Checkbox buckwalter = new Checkbox();
    private final Span summary = new Span();
    private final Anchor csv;
    private final Div bar;
    private final boolean rtl;
    /** The columns of figures, sized from the figures they show ({@link FigureWidths}). */
    private final List<TableColumn<R>> figures = new ArrayList<>();

    /** The components' ids are {@code <tool>-grid}, {@code <tool>-summary} and {@code <tool>-buckwalter}; {@code rtl}: an Arabic page. */
    ResultTable(String tool, Anchor csv, boolean rtl) {
        this.csv = csv;
        this.rtl = rtl;
        grid.setId(tool + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        buckwalter.setId(tool + "-buckwalter");
        buckwalter.setLabel(grid.getTranslation("buckwalter.toggle"));
        buckwalter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        summary.setId(tool + "-summary");
        summary.addClassName("result-summary");
        bar = new Div(summary, csv, buckwalter);
        bar.addClassName("result-bar");
    }

    /**
     * Adds a grid column for each of {@code columns}: words (as written or in Buckwalter) take the
     * room, numbers are as wide as their figures; {@code definition} gives a column's tooltip by name.
     */
    public ResultTable<R> columns(TableColumns<R> columns, UnaryOperator<String> definition) {
        var align = Texts.numberAlign(rtl);
        for (TableColumn<R> column : columns.columns()) {
            CellFormat format = column.format();
            Grid.Column<R> added = format.numeric()
                    ? grid.addColumn(r -> shown(format, column.getter().apply(r)))
                            .setTextAlign(align)
                            .setFlexGrow(0)
                    : grid.addColumn(cell(column)).setFlexGrow(2);
            added.setKey(column.name());
            if (format.numeric()) {
                figures.add(column);
                added.setWidth(FigureWidths.width(header(column), 0));
            }
        }
        ColumnHeaders.apply(grid, definition);
        ColumnHeaders.cellTooltips(grid, definition);
        return this;
    }

    private Renderer<R> cell(TableColumn<R> column) {
        ValueProvider<R, String> text = r -> {
            Object value = column.getter().apply(r);
            return value == null ? "" : value.toString();
        };
        return column.format().kind() == CellFormat.Kind.WORD
                ? TextCells.word(text::apply, buckwalter::getValue)
                : TextCells.text(text::apply);
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
     * Shows a result: its summary line and a grid of {@code total} rows, {@code first} (the rows the
     * worker read, from 0) at once and any later page from {@code page(offset, limit)} ({@link LazyRows}).
     */
    public void show(String summaryText, int total, List<R> first, BiFunction<Integer, Integer, List<R>> page) {
        Texts.showParts(summary, summaryText);
        fitFigures(first);
        LazyRows.show(grid, total, first, page);
    }

    /** Each figure column as wide as the longest figure of {@code rows} (the first page) and its header need. */
    private void fitFigures(List<R> rows) {
        for (TableColumn<R> column : figures) {
            int longest = 0;
            for (R row : rows) {
                longest = Math.max(
                        longest,
                        shown(column.format(), column.getter().apply(row)).length());
            }
            grid.getColumnByKey(column.name()).setWidth(FigureWidths.width(header(column), longest));
        }
    }

    private String header(TableColumn<R> column) {
        return grid.getTranslation("column." + column.name());
    }

    /** Empties the grid and the summary line (no result, or a failed query). */
    public void clear() {
        grid.setItems(List.of());
        summary.setText("");
    }

    /** Replaces the summary line (a hint instead of a result). */
    public void summary(String text) {
        summary.setText(text);
    }

    public Grid<R> grid() {
        return grid;
    }

    public Anchor csv() {
        return csv;
    }

    /** The bar above the grid: summary, CSV link, Buckwalter toggle. */
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
