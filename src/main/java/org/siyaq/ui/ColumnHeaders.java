package org.siyaq.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import java.util.function.UnaryOperator;

/**
 * Table headers in the page's language, each with a tooltip defining its column (issue 12, item 7).
 * The label of column {@code key} is the message {@code column.key}; the CSV and the API keep the key.
 */
public final class ColumnHeaders {

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
}
