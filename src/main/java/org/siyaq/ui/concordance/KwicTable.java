package org.siyaq.ui.concordance;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.siyaq.concordance.KwicLine;
import org.siyaq.ui.SiyaqTable;
import org.siyaq.ui.WordClick;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The concordance's lines as a {@link SiyaqTable} (issue 15, seventh session): each line's text before, at and after
 * its node, the document's title, and the button that hides the line. A click on a line opens it in the reader, a
 * click on its keyword the word's analysis.
 */
public class KwicTable extends SiyaqTable<KwicLine> {

    /** The key of the lines' column, the one with clickable words (the keyword's). */
    private static final String LINE = "line";

    private static final String HIDE = "hide";

    private UnaryOperator<String> text = UnaryOperator.identity();
    private Function<KwicLine, String> direction = line -> "auto";

    /** How the lines' text is shown (as written, or transliterated) and each line's direction. */
    public void showing(UnaryOperator<String> text, Function<KwicLine, String> direction) {
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
                .put("key", LINE)
                .put("kind", "kwic")
                .put("before", before)
                .put("node", node)
                .put("after", after)
                .put("dir", headerDirection);
        columns.addObject()
                .put("key", "document")
                .put("kind", "text")
                .put("header", document)
                .put("width", "12rem");
        columns.addObject()
                .put("key", HIDE)
                .put("kind", "button")
                .put("header", hideHeader)
                .put("hideHeader", true)
                .put("label", hideLabel)
                .put("text", "\u00d7")
                .put("className", "hide-line")
                .put("width", "3rem");
        setColumns(columns);
    }

    /** Calls {@code handler} with the line whose hide button was pressed. */
    public void onHide(Consumer<KwicLine> handler) {
        onButton(HIDE, handler);
    }

    /** Calls {@code handler} with the line and the word of its keyword clicked. */
    public void onWord(BiConsumer<KwicLine, WordClick> handler) {
        onWord(LINE, handler);
    }

    @Override
    protected void write(KwicLine line, ObjectNode row) {
        row.put("dir", direction.apply(line));
        ArrayNode before = row.putArray("before");
        KwicParts.before(line, text).forEach(before::add);
        row.put("node", text.apply(line.node()));
        ArrayNode after = row.putArray("after");
        KwicParts.after(line, text).forEach(after::add);
        row.put("document", text.apply(line.docTitle() == null ? "" : line.docTitle()));
    }
}
