package org.siyaq.ui.query;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import org.siyaq.i18n.Messages;
import org.siyaq.ui.OnFirstOpen;

/**
 * A short CQL cheat sheet under the query box: each construct with an Arabic example that finds hits
 * in the bundled corpus; clicking an example runs it. The examples are read raw from the bundles
 * (they are CQL, with braces a message format would read as parameters).
 */
public class CqlHelp extends Details {

    /** How many examples the bundles hold ({@code cql.help.N.query} and {@code cql.help.N.text}, N from 1). */
    public static final int EXAMPLES = 10;

    public CqlHelp(Consumer<String> run) {
        setId("cql-help");
        setSummaryText(getTranslation("cql.help.title"));
        addClassName("cql-help");
        OnFirstOpen.build(this, () -> addSheet(run));
    }

    private void addSheet(Consumer<String> run) {
        Div sheet = new Div();
        sheet.add(new Div(new Span(getTranslation("cql.help.intro"))));
        for (int i = 1; i <= EXAMPLES; i++) {
            String query = example(i, getLocale());
            Button example = new Button(query, e -> run.accept(query));
            example.setId("cql-help-example-" + i);
            example.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            example.getElement().setAttribute("dir", "ltr");
            example.addClassName("query-example");
            Span text = new Span(getTranslation("cql.help." + i + ".text"));
            Div row = new Div(example, new Span(" — "), text);
            row.addClassName("cql-help-row");
            sheet.add(row);
        }
        add(sheet);
    }

    /** Example {@code i} (1-based), the same in both languages. */
    public static String example(int i, java.util.Locale locale) {
        return Messages.get("cql.help." + i + ".query", locale);
    }
}
