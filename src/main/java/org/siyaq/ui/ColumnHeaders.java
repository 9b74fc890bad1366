package org.siyaq.ui;

import com.vaadin.flow.component.html.Span;

/**
 * Table headers in the page's language: the label of column {@code key} is the message {@code column.key} (issue
 * 12, item 7); the CSV and the API keep the key. A result table's headers carry their column's definition as a
 * tooltip ({@link ResultTable}).
 */
public final class ColumnHeaders {

    private ColumnHeaders() {}

    /** A header that a screen reader reads but the screen does not show: over a narrow column of buttons. */
    public static Span unseen(String text) {
        Span header = new Span(text);
        header.addClassName("visually-hidden");
        return header;
    }
}
