package org.siyaq.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A result table drawn in the browser as a plain table from one property of rows ({@code <siyaq-table>},
 * {@code frontend/scripts/siyaq-table.js}, copied into the jar as {@code META-INF/resources/scripts/siyaq-table.js} and
 * served as a static file beside the stylesheet, not bundled: see docs/architecture.md), instead of Vaadin's grid,
 * whose row pool and virtualizer's forced layouts were most of the browser's work for a Run on a newly opened page
 * (issue 15). The rows' text goes as text and is set as text in the browser, never as HTML. The first page comes with
 * the result; a later page when the table is scrolled (or the keyboard moves) near its last row. The server keeps the
 * rows the browser holds, and no more, so an event names a row by its index.
 *
 * @param <R> the row: {@link #write} turns one into the JSON object the browser draws
 */
@Tag("siyaq-table")
@JavaScript("context://scripts/siyaq-table.js")
public abstract class SiyaqTable<R> extends Component implements HasSize, HasStyle {

    private static final String INDEX = "event.detail.index";
    private static final String KEY = "event.detail.key";

    private final List<R> shown = new ArrayList<>();
    private int total;
    private BiFunction<Integer, Integer, List<R>> page = (offset, limit) -> List.of();
    /** The rows drawn again before the next answer ({@link #redraw}). */
    private final BeforeResponse redraw =
            new BeforeResponse(this, () -> getElement().callJsFunction("redraw", rows(shown)));

    protected SiyaqTable() {
        getElement()
                .addEventListener(
                        "siyaq-more",
                        e -> more((int)
                                e.getEventData().get("event.detail.offset").asDouble()))
                .addEventData("event.detail.offset");
    }

    /** Writes the cells of {@code row} into {@code json}, as the columns read them. */
    protected abstract void write(R row, ObjectNode json);

    /** The columns, as {@code siyaq-table.js} describes them. */
    protected void setColumns(ArrayNode columns) {
        getElement().setPropertyJson("columns", columns);
    }

    /** The widths of some columns ({@code key} to a CSS width) for the result shown, over the columns' own. */
    protected void setWidths(ObjectNode widths) {
        getElement().setPropertyJson("widths", widths);
    }

    /** The text the table shows when a result has no row. */
    public void setEmptyText(String text) {
        getElement().setProperty("empty", text);
    }

    /**
     * Shows a result of {@code total} rows: {@code first} (rows {@code 0..}, already read) at once, a later page from
     * {@code page(offset, limit)} when the browser asks for it.
     */
    public void show(int total, List<R> first, BiFunction<Integer, Integer, List<R>> page) {
        this.total = total;
        this.page = page;
        redraw.cancel();
        shown.clear();
        shown.addAll(first.subList(0, Math.min(first.size(), total)));
        getElement().setProperty("size", total);
        getElement().setPropertyJson("rows", rows(shown));
    }

    /** No result: no row. */
    public void clear() {
        show(0, List.of(), (offset, limit) -> List.of());
    }

    /**
     * The rows shown again (the transliteration was switched), where the student is in them: drawn just before the
     * answer goes out, from the rows then shown (a browser call runs after the answer's property changes, so rows
     * read now would overwrite a result shown later in the same answer), and not at all if a new result came meanwhile.
     */
    public void redraw() {
        redraw.ask();
    }

    /** The rows the table shows in all (the result's count). */
    public int size() {
        return total;
    }

    /** The rows the browser holds (and the server with it): the first page and any page asked for since. */
    List<R> held() {
        return List.copyOf(shown);
    }

    /** The browser asks for the rows from {@code offset}, the first it does not hold. */
    void more(int offset) {
        if (offset != shown.size() || offset >= total) {
            return;
        }
        List<R> next = page.apply(offset, Math.min(LazyRows.FIRST_PAGE, total - offset));
        shown.addAll(next);
        getElement().callJsFunction("appendRows", offset, rows(next));
    }

    /** Calls {@code handler} with the row clicked (or Enter on it), off its words and its buttons. */
    public void onRow(Consumer<R> handler) {
        getElement()
                .addEventListener("siyaq-row", e -> row(e.getEventData().get(INDEX), handler))
                .addEventData(INDEX);
    }

    /** Calls {@code handler} with the row whose button in column {@code key} was pressed. */
    public void onButton(String key, Consumer<R> handler) {
        getElement()
                .addEventListener("siyaq-button", e -> row(e.getEventData().get(INDEX), handler))
                .addEventData(INDEX)
                .setFilter(KEY + " === '" + key + "'");
    }

    /** Calls {@code handler} with the row and the word clicked in column {@code key} (or Enter on its cell). */
    public void onWord(String key, BiConsumer<R, WordClick> handler) {
        getElement()
                .addEventListener("siyaq-word", e -> {
                    JsonNode data = e.getEventData();
                    row(
                            data.get(INDEX),
                            r -> handler.accept(
                                    r,
                                    new WordClick(
                                            key,
                                            data.get("event.detail.word").asString(),
                                            (int) data.get("event.detail.word_index")
                                                    .asDouble(),
                                            (int) data.get("event.detail.offset")
                                                    .asDouble())));
                })
                .addEventData(INDEX)
                .addEventData("event.detail.word")
                .addEventData("event.detail.word_index")
                .addEventData("event.detail.offset")
                .setFilter(KEY + " === '" + key + "'");
    }

    /**
     * Calls {@code handler} with the key of the sortable column whose header was clicked (or Enter or Space on it) and
     * the order asked for (the next of none, up, down), or {@code null} for the table's own order.
     */
    public void onSort(BiConsumer<String, SortDirection> handler) {
        getElement()
                .addEventListener("siyaq-sort", e -> {
                    String direction =
                            e.getEventData().get("event.detail.direction").asString();
                    handler.accept(
                            e.getEventData().get(KEY).asString(),
                            direction.isEmpty()
                                    ? null
                                    : "desc".equals(direction) ? SortDirection.DESCENDING : SortDirection.ASCENDING);
                })
                .addEventData(KEY)
                .addEventData("event.detail.direction");
    }

    /** Shows the order the rows are in on the sortable headers: column {@code key} (null for none) up or down. */
    public void sorted(String key, SortDirection direction) {
        if (key == null) {
            getElement().setPropertyJson("sort", JsonNodeFactory.instance.nullNode());
            return;
        }
        getElement()
                .setPropertyJson(
                        "sort",
                        JsonNodeFactory.instance
                                .objectNode()
                                .put("key", key)
                                .put("direction", direction == SortDirection.DESCENDING ? "desc" : "asc"));
    }

    private void row(JsonNode index, Consumer<R> handler) {
        int i = (int) index.asDouble();
        if (i >= 0 && i < shown.size()) {
            handler.accept(shown.get(i));
        }
    }

    private ArrayNode rows(List<R> rows) {
        ArrayNode json = JsonNodeFactory.instance.arrayNode();
        for (R row : rows) {
            write(row, json.addObject());
        }
        return json;
    }
}
