package org.siyaq.ui;

import com.vaadin.flow.component.html.Span;
import java.util.StringJoiner;

/**
 * A helper line of example queries, each isolated (first-strong isolate marks, as {@code dir="auto"} would)
 * so that Arabic and Latin examples do not run into each other; one text for all of them, not a span each
 * (issue 15: fewer server nodes per tab).
 */
public final class QueryExamples {

    private static final String SEPARATOR = " | ";

    private QueryExamples() {}

    /** {@code examples} holds the examples separated by {@code " | "}. */
    public static Span of(String label, String examples) {
        StringJoiner shown = new StringJoiner(" · ");
        for (String example : examples.split(java.util.regex.Pattern.quote(SEPARATOR))) {
            shown.add(Texts.isolate(example.strip()));
        }
        Span codes = new Span(shown.toString());
        codes.addClassName("query-example");
        Span line = new Span(new Span(label + " "), codes);
        line.addClassName("query-examples");
        return line;
    }
}
