package org.siyaq.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.siyaq.analysis.script.Buckwalter;

/**
 * Grid cells for user strings as templates rendered in the browser, not a server component per row
 * (issue 15: a component per row was sent, and kept, for every row the grid ever showed). The text is
 * bound as text, never as HTML, isolated with {@code dir="auto"} and cut with an ellipsis at its end;
 * a Buckwalter transliteration runs left to right.
 */
public final class TextCells {

    private static final String TEMPLATE = "<span dir=\"${item.dir}\" class=\"${item.css}\">${item.text}</span>";

    private TextCells() {}

    /** A user string (title, file name, source), as written. */
    public static <T> LitRenderer<T> text(Function<T, String> value) {
        return LitRenderer.<T>of(TEMPLATE)
                .withProperty("dir", r -> "auto")
                .withProperty("css", r -> "user-text cell-ellipsis")
                .withProperty("text", r -> orEmpty(value.apply(r)));
    }

    /** Arabic text as written, or its Buckwalter transliteration while {@code buckwalter} says so. */
    public static <T> LitRenderer<T> word(Function<T, String> value, BooleanSupplier buckwalter) {
        return LitRenderer.<T>of(TEMPLATE)
                .withProperty("dir", r -> buckwalter.getAsBoolean() ? "ltr" : "auto")
                .withProperty(
                        "css", r -> buckwalter.getAsBoolean() ? "buckwalter cell-ellipsis" : "user-text cell-ellipsis")
                .withProperty(
                        "text",
                        r -> buckwalter.getAsBoolean()
                                ? Buckwalter.transliterate(orEmpty(value.apply(r)))
                                : orEmpty(value.apply(r)));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
