package org.siyaq.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.Span;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.siyaq.analysis.script.Buckwalter;

/**
 * Small display helpers: user strings isolated with {@code dir="auto"} (set as text, never as HTML),
 * numbers with Western digits and fixed decimals, and the alignment that keeps digits in place.
 */
public final class Texts {

    /**
     * Each thread's formats by pattern (a {@code DecimalFormat} is not thread-safe, and making one parses its pattern:
     * a collocates page formats 1,200 figures a Run).
     */
    private static final ThreadLocal<Map<String, DecimalFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    /** The pattern of a decimal with {@code i} places ({@link #decimal}). */
    private static final String[] DECIMALS =
            IntStream.range(0, 12).mapToObj(i -> "#,##0." + "0".repeat(i)).toArray(String[]::new);

    private static final char FIRST_STRONG_ISOLATE = '\u2068';
    private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';
    private static final String PART_SEPARATOR = " · ";

    private Texts() {}

    /** A user-supplied string (word, title, file name) as text, isolated so mixed scripts read correctly. */
    public static Span user(String text) {
        Span span = new Span(text == null ? "" : text);
        span.getElement().setAttribute("dir", "auto");
        span.addClassName("user-text");
        return span;
    }

    /** A user string in a table cell that wraps, each line starting on the side its own direction begins. */
    public static Span wrapped(String text) {
        Span span = user(text);
        span.addClassName("cell-wrap");
        return span;
    }

    /** A user string in a table cell: isolated, and cut with an ellipsis at its own end, whichever its direction. */
    public static Span cell(String text) {
        Span span = user(text);
        span.addClassName("cell-ellipsis");
        return span;
    }

    /** Arabic text as written, or its Buckwalter transliteration (left to right). */
    public static Span word(String text, boolean buckwalter) {
        if (!buckwalter) {
            return cell(text);
        }
        Span span = new Span(Buckwalter.transliterate(text == null ? "" : text));
        span.getElement().setAttribute("dir", "ltr");
        span.addClassNames("buckwalter", "cell-ellipsis");
        return span;
    }

    /**
     * {@code text} wrapped in Unicode first-strong isolates (FSI … PDI), for plain-text labels that
     * cannot hold an element, such as a select's item label.
     */
    public static String isolate(String text) {
        return FIRST_STRONG_ISOLATE + (text == null ? "" : text) + POP_DIRECTIONAL_ISOLATE;
    }

    /** Makes the field's input (a text field's or a text area's) take the direction of what is typed into it (Arabic right to left). */
    public static void autoDirection(Component field) {
        field.getElement().setAttribute("dir", "auto");
        field.addAttachListener(e ->
                field.getElement().executeJs("this.inputElement && this.inputElement.setAttribute('dir', 'auto')"));
    }

    /**
     * Shows a {@code " · "}-separated summary as isolated parts, so that a part in Latin letters
     * (such as {@code TTR 0.48}) keeps its place in an Arabic sentence instead of merging with its neighbour.
     */
    public static void showParts(Span target, String text) {
        target.removeAll();
        String[] parts = text.split(java.util.regex.Pattern.quote(PART_SEPARATOR));
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                target.add(new Span(PART_SEPARATOR));
            }
            target.add(user(parts[i]));
        }
    }

    public static String integer(long n) {
        return format("#,##0", n);
    }

    /** A decimal with {@code digits} places; small non-zero values in scientific notation so they do not read as 0. */
    public static String decimal(double x, int digits) {
        if (Double.isNaN(x)) {
            return "–";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "−∞";
        }
        if (x != 0 && Math.abs(x) < Math.pow(10, -digits)) {
            return format("0.##E0", x);
        }
        return format(digits < DECIMALS.length ? DECIMALS[digits] : "#,##0." + "0".repeat(digits), x);
    }

    private static String format(String pattern, double x) {
        return FORMATS.get()
                .computeIfAbsent(pattern, p -> new DecimalFormat(p, DecimalFormatSymbols.getInstance(Locale.ROOT)))
                .format(x);
    }

    /**
     * Numbers stay right-aligned in both directions, so that units sit under units: the end of a
     * left-to-right row, the start of a right-to-left one.
     */
    public static ColumnTextAlign numberAlign(boolean rtlPage) {
        return rtlPage ? ColumnTextAlign.START : ColumnTextAlign.END;
    }

    /** The direction a text is written in, from its first letter with a strong direction. */
    public static String direction(String text) {
        if (text != null) {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                byte d = Character.getDirectionality(cp);
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    return "rtl";
                }
                if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                    return "ltr";
                }
                i += Character.charCount(cp);
            }
        }
        return "rtl";
    }
}
