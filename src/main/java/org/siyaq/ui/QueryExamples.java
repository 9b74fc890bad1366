package org.siyaq.ui;

import com.vaadin.flow.component.html.Span;

/** A helper line of example queries, each isolated so that Arabic and Latin examples do not run into each other. */
public final class QueryExamples {

    private static final String SEPARATOR = " | ";

    private QueryExamples() {}

    /** {@code examples} holds the examples separated by {@code " | "}. */
    public static Span of(String label, String examples) {
        Span line = new Span(new Span(label + " "));
        line.addClassName("query-examples");
        boolean first = true;
        for (String example : examples.split(java.util.regex.Pattern.quote(SEPARATOR))) {
            if (!first) {
                line.add(new Span(" · "));
            }
            first = false;
            Span code = Texts.user(example.strip());
            code.addClassName("query-example");
            line.add(code);
        }
        return line;
    }
}
