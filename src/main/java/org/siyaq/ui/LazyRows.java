package org.siyaq.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Gives a grid a query's rows a page at a time, with the first page in the same answer as the row
 * count (issue 15). Left to itself the grid learns the count, then asks for its rows in a second round
 * trip; here the worker that counted the rows reads the first page too, and the grid is told that the
 * browser shows rows {@code 0..}{@link #FIRST_PAGE}, so they go out with the count. The first page is
 * kept only until the grid has taken it: at rest the session holds the rows on screen and the query.
 */
public final class LazyRows {

    /** The rows a worker reads for the first page: the grid's page size (Vaadin's default, 50). */
    public static final int FIRST_PAGE = 50;

    /**
     * A new result starts at its first row, but {@code scrollToIndex(0)} forces the browser to lay out the page
     * in the middle of applying the answer (20–70 ms a Run, issue 15): it is called only if the table was
     * scrolled since (the grid's scroller tells, once watched).
     */
    private static final String TO_START = """
            const table = this.$.table;
            if (!this.__siyaqWatchesTop) {
              this.__siyaqWatchesTop = true;
              table.addEventListener('scroll', () => { this.__siyaqScrolled = table.scrollTop > 0; }, {passive: true});
            }
            if (this.__siyaqScrolled) this.scrollToIndex(0);""";

    private LazyRows() {}

    /**
     * Shows {@code total} rows in {@code grid}: {@code first} (rows {@code 0..first.size()}, already read)
     * at once, any other page from {@code page(offset, limit)} when the browser scrolls to it.
     */
    public static <R> void show(Grid<R> grid, int total, List<R> first, BiFunction<Integer, Integer, List<R>> page) {
        AtomicReference<List<R>> untaken = new AtomicReference<>(first);
        grid.setItems(
                query -> {
                    int offset = query.getOffset();
                    int limit = query.getLimit();
                    if (limit <= 0) {
                        return Stream.empty();
                    }
                    List<R> read = untaken.getAndSet(null);
                    int end = Math.min(offset + limit, total);
                    if (read != null && end <= read.size()) {
                        return read.subList(offset, end).stream();
                    }
                    return page.apply(offset, limit).stream();
                },
                query -> total);
        // the rows the browser will ask for once it knows the count: sent now, in the same answer
        grid.getDataCommunicator().setViewportRange(0, grid.getPageSize());
        grid.getElement().executeJs(TO_START);
    }
}
