package org.siyaq.ui.concordance;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.siyaq.concordance.KwicLine;
import org.siyaq.ui.LazyRows;
import org.siyaq.ui.analysis.WordClick;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The concordance's lines as a plain table drawn in the browser from one property of rows ({@code <siyaq-table>},
 * {@code frontend/scripts/siyaq-table.js} (copied into the jar as {@code META-INF/resources/scripts/siyaq-table.js}), served as a static file beside the stylesheet, not bundled: see
 * docs/architecture.md; issue 15, seventh session), instead of Vaadin's grid, whose row pool and
 * virtualizer's forced layouts were most of the browser's work for a Run on a newly opened page. The lines' text goes
 * as text and is set as text in the browser, never as HTML. The first page comes with the result; a later page when
 * the table is scrolled (or the keyboard moves) near its last row. The server keeps the lines the browser holds, so a
 * click names a row by its index.
 */
@Tag("siyaq-table")
@JavaScript("context://scripts/siyaq-table.js")
public class KwicTable extends Component implements HasSize, HasStyle {

    /** What the browser says about a click: the row's index, and for a keyword the word and where it is in it. */
    private static final String INDEX = "event.detail.index";

    private final List<KwicLine> shown = new ArrayList<>();
    private int total;
    private BiFunction<Integer, Integer, List<KwicLine>> page = (offset, limit) -> List.of();
    private UnaryOperator<String> text = UnaryOperator.identity();
    private java.util.function.Function<KwicLine, String> direction = line -> "auto";
    /** A redraw is due before the next answer ({@link #redraw}). */
    private boolean redrawing;

    public KwicTable() {
        getElement()
                .addEventListener(
                        "siyaq-more",
                        e -> more((int)
                                e.getEventData().get("event.detail.offset").asDouble()))
                .addEventData("event.detail.offset");
    }

    /** How the lines' text is shown (as written, or transliterated) and each line's direction. */
    public void showing(UnaryOperator<String> text, java.util.function.Function<KwicLine, String> direction) {
        this.text = text;
        this.direction = direction;
    }

    /** The columns: the line with its header's three labels, the document, the hide button (with its label). */
    public void columns(
            String before,
            String node,
            String after,
            String headerDirection,
            String document,
            String hideHeader,
            String hideLabel) {
        ArrayNode columns = JsonNodeFactory.instance.arrayNode();
        columns.addObject()
                .put("key", "line")
                .put("kind", "kwic")
                .put("before", before)
                .put("node", node)
                .put("after", after)
                .put("dir", headerDirection);
        columns.addObject()
                .put("key", "document")
                .put("kind", "text")
                .put("header", document)
                .put("width", "10rem");
        columns.addObject()
                .put("key", "hide")
                .put("kind", "hide")
                .put("header", hideHeader)
                .put("label", hideLabel)
                .put("width", "2.5rem");
        getElement().setPropertyJson("columns", columns);
    }

    /** The text the table shows when a result has no line. */
    public void setEmptyText(String text) {
        getElement().setProperty("empty", text);
    }

    /**
     * Shows a result of {@code total} lines: {@code first} (lines {@code 0..}, already read) at once, a later page from
     * {@code page(offset, limit)} when the browser asks for it.
     */
    public void show(int total, List<KwicLine> first, BiFunction<Integer, Integer, List<KwicLine>> page) {
        this.total = total;
        this.page = page;
        redrawing = false;
        shown.clear();
        shown.addAll(first.subList(0, Math.min(first.size(), total)));
        getElement().setProperty("size", total);
        getElement().setPropertyJson("rows", rows(shown));
    }

    /** No result: no line. */
    public void clear() {
        show(0, List.of(), (offset, limit) -> List.of());
    }

    /**
     * The lines shown again (the transliteration was switched), where the student is in them: drawn just before the
     * answer goes out, from the lines then shown (a browser call runs after the answer's property changes, so rows
     * read now would overwrite a result shown later in the same answer), and not at all if a new result came meanwhile.
     */
    public void redraw() {
        if (redrawing) {
            return;
        }
        redrawing = true;
        getElement()
                .getNode()
                .runWhenAttached(ui -> ui.beforeClientResponse(this, context -> {
                    if (redrawing) {
                        redrawing = false;
                        getElement().callJsFunction("redraw", rows(shown));
                    }
                }));
    }

    /** The lines the table shows in all (the result's count). */
    public int size() {
        return total;
    }

    private void more(int offset) {
        if (offset != shown.size() || offset >= total) {
            return;
        }
        List<KwicLine> next = page.apply(offset, Math.min(LazyRows.FIRST_PAGE, total - offset));
        shown.addAll(next);
        getElement().callJsFunction("appendRows", offset, rows(next));
    }

    /** Calls {@code handler} with the line clicked (or Enter on it), off its keyword and its hide button. */
    public void onRow(Consumer<KwicLine> handler) {
        getElement()
                .addEventListener(
                        "siyaq-row", e -> line(e.getEventData().get(INDEX).asDouble(), handler))
                .addEventData(INDEX);
    }

    /** Calls {@code handler} with the line whose hide button was pressed. */
    public void onHide(Consumer<KwicLine> handler) {
        getElement()
                .addEventListener(
                        "siyaq-hide", e -> line(e.getEventData().get(INDEX).asDouble(), handler))
                .addEventData(INDEX);
    }

    /** Calls {@code handler} with the line and the word of its keyword clicked. */
    public void onWord(BiConsumer<KwicLine, WordClick> handler) {
        getElement()
                .addEventListener("siyaq-word", e -> {
                    var data = e.getEventData();
                    line(
                            data.get(INDEX).asDouble(),
                            l -> handler.accept(
                                    l,
                                    new WordClick(
                                            "",
                                            "line",
                                            data.get("event.detail.word").asString(),
                                            (int) data.get("event.detail.word_index")
                                                    .asDouble(),
                                            (int) data.get("event.detail.offset")
                                                    .asDouble())));
                })
                .addEventData(INDEX)
                .addEventData("event.detail.word")
                .addEventData("event.detail.word_index")
                .addEventData("event.detail.offset");
    }

    private void line(double index, Consumer<KwicLine> handler) {
        int i = (int) index;
        if (i >= 0 && i < shown.size()) {
            handler.accept(shown.get(i));
        }
    }

    private ArrayNode rows(List<KwicLine> lines) {
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        for (KwicLine line : lines) {
            ObjectNode row = rows.addObject();
            row.put("dir", direction.apply(line));
            ArrayNode before = row.putArray("before");
            KwicParts.before(line, text).forEach(before::add);
            row.put("node", text.apply(line.node()));
            ArrayNode after = row.putArray("after");
            KwicParts.after(line, text).forEach(after::add);
            row.put("document", text.apply(line.docTitle() == null ? "" : line.docTitle()));
        }
        return rows;
    }
}
