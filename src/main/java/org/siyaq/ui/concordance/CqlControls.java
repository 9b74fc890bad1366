package org.siyaq.ui.concordance;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.siyaq.concordance.ConcordanceQuery;
import org.siyaq.ui.OptionSelect;
import org.siyaq.ui.query.CqlHelp;
import org.siyaq.ui.query.QueryBuilder;

/** The concordance's CQL additions: the context-in-sentences picker and the help under the query box. */
final class CqlControls {

    private CqlControls() {}

    /** 0 (context in words, the default) to {@link ConcordanceQuery#MAX_SENTENCES} sentences. */
    static OptionSelect<Integer> sentences() {
        OptionSelect<Integer> select = new OptionSelect<>();
        select.setId("concordance-sentences");
        select.setLabel(select.getTranslation("concordance.sentences"));
        select.setItems(
                IntStream.rangeClosed(0, ConcordanceQuery.MAX_SENTENCES).boxed().toList());
        select.setItemLabelGenerator(
                n -> n == 0 ? select.getTranslation("concordance.sentences.off") : String.valueOf(n));
        select.setValue(0);
        select.addClassName("narrow-field");
        return select;
    }

    /** The URL value of the picker: absent for the default. */
    static Integer param(OptionSelect<Integer> sentences) {
        return sentences.getValue() == null || sentences.getValue() == 0 ? null : sentences.getValue();
    }

    /** The cheat sheet and the query builder side by side (one line while closed); both run the query they give. */
    static Component help(Consumer<String> run) {
        Div help = new Div(new CqlHelp(run), new QueryBuilder(run));
        help.addClassName("cql-helpers");
        help.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("column-gap", "var(--lumo-space-l)")
                .set("align-items", "flex-start");
        return help;
    }
}
