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

    /** A user string: only its text goes with each row (issue 15: the class and direction went 50 times a page). */
    private static final String TEXT = "<span dir=\"auto\" class=\"user-text cell-ellipsis\">${item.text}</span>";

    /** A word as written, or (with {@code bw} true) its transliteration, which runs left to right. */
    private static final String WORD = "<span dir=\"${item.bw ? 'ltr' : 'auto'}\""
            + " class=\"${item.bw ? 'buckwalter' : 'user-text'} cell-ellipsis\">${item.text}</span>";

    private TextCells() {}

    /** A user string (title, file name, source), as written. */
    public static <T> LitRenderer<T> text(Function<T, String> value) {
        return LitRenderer.<T>of(TEXT).withProperty("text", r -> orEmpty(value.apply(r)));
    }

    /** Arabic text as written, or its Buckwalter transliteration while {@code buckwalter} says so. */
    public static <T> LitRenderer<T> word(Function<T, String> value, BooleanSupplier buckwalter) {
        return LitRenderer.<T>of(WORD)
                .withProperty("bw", r -> buckwalter.getAsBoolean())
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
