package org.siyaq.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.SlotUtils;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.dom.Element;
import java.util.function.UnaryOperator;

/**
 * Table headers in the page's language, each with a tooltip defining its column (issue 12, item 7).
 * The label of column {@code key} is the message {@code column.key}; the CSV and the API keep the key.
 */
public final class ColumnHeaders {

    /**
     * The grid's cell tooltip (the web component's {@code tooltip} slot) reads the definition from the
     * cell's column; Vaadin's own per-row tooltip generator would send it again with every row.
     */
    private static final String CELL_TOOLTIP =
            "this.generator = ({item, column}) => (item && column && column.dataset.definition) || ''";

    private ColumnHeaders() {}

    /** Labels every keyed column of {@code grid}; {@code definition} gives the tooltip of a key. */
    public static void apply(Grid<?> grid, UnaryOperator<String> definition) {
        for (Grid.Column<?> column : grid.getColumns()) {
            String key = column.getKey();
            if (key == null) {
                continue;
            }
            Span header = new Span(grid.getTranslation("column." + key));
            header.addClassName("column-header");
            header.getElement().setAttribute("data-key", key);
            Tooltip.forComponent(header).withText(definition.apply(key));
            column.setHeader(header);
        }
    }

    /** A header that a screen reader reads but the screen does not show: over a narrow column of buttons. */
    public static Span unseen(String text) {
        Span header = new Span(text);
        header.addClassName("visually-hidden");
        return header;
    }

    /**
     * Gives every cell of a keyed column of {@code grid} its column's definition as a tooltip: the
     * definition goes to the browser once per column (issue 15: a 50-row page of collocates carried
     * it 750 times).
     */
    public static void cellTooltips(Grid<?> grid, UnaryOperator<String> definition) {
        for (Grid.Column<?> column : grid.getColumns()) {
            if (column.getKey() != null) {
                define(column, definition.apply(column.getKey()));
            }
        }
        Element tooltip = new Element("vaadin-tooltip");
        tooltip.addAttachListener(e -> tooltip.executeJs(CELL_TOOLTIP));
        SlotUtils.addToSlot(grid, "tooltip", tooltip);
    }

    /** The tooltip of {@code column}'s cells, once {@link #cellTooltips} has given the grid its cell tooltip. */
    public static void define(Grid.Column<?> column, String definition) {
        column.getElement().setAttribute("data-definition", definition);
    }
}
