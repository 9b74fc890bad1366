package org.siyaq.ui.query;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.siyaq.analysis.Level;
import org.siyaq.ui.OnFirstOpen;
import org.siyaq.ui.OptionSelect;

/**
 * Builds a CQL query for the common case: one row per word, each with its level and value (empty for
 * any word), and after it a gap of up to a few words of any kind. The CQL it writes is shown as it is
 * built, and "use" puts it in the query box and runs it.
 */
public class QueryBuilder extends Details {

    /** The largest gap a row offers. */
    public static final int MAX_GAP = 5;

    /** One word of the pattern: its level, its value (a regular expression; blank for any word), the gap after it. */
    public record Row(Level level, String value, int gapAfter) {}

    private final Div rows = new Div();
    private final List<RowFields> fields = new ArrayList<>();
    private final Span preview = new Span();

    public QueryBuilder(Consumer<String> use) {
        setId("query-builder");
        setSummaryText(getTranslation("cql.builder.title"));
        addClassName("query-builder");
        OnFirstOpen.build(this, () -> addForm(use));
    }

    private void addForm(Consumer<String> use) {
        Button add = new Button(getTranslation("cql.builder.add"), e -> addRow());
        add.setId("query-builder-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button run = new Button(getTranslation("cql.builder.use"), e -> use.accept(cql(rows())));
        run.setId("query-builder-use");
        preview.setId("query-builder-cql");
        preview.getElement().setAttribute("dir", "ltr");
        preview.addClassName("query-example");
        addRow();
        add(rows, new Div(add, run), new Div(new Span(getTranslation("cql.builder.preview") + " "), preview));
    }

    /** The CQL of some rows: {@code [level="value"]} or {@code []} per row, {@code []{0,n}} for a gap. */
    public static String cql(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (!out.isEmpty()) {
                out.append(' ');
            }
            String value = row.value() == null ? "" : row.value().strip();
            out.append(value.isEmpty() ? "[]" : "[" + row.level().key() + "=\"" + value.replace("\"", "\\\"") + "\"]");
            if (row.gapAfter() > 0 && i < rows.size() - 1) {
                out.append(" []{0,").append(row.gapAfter()).append('}');
            }
        }
        return out.toString();
    }

    private List<Row> rows() {
        return fields.stream().map(RowFields::row).toList();
    }

    private void addRow() {
        RowFields f = new RowFields(fields.size());
        fields.add(f);
        rows.add(f.line);
        update();
    }

    private void update() {
        preview.setText(cql(rows()));
    }

    private final class RowFields {
        final OptionSelect<Level> level = new OptionSelect<>();
        final TextField value = new TextField();
        final OptionSelect<Integer> gap = new OptionSelect<>();
        final Div line = new Div();

        RowFields(int n) {
            level.setId("query-builder-level-" + n);
            level.setLabel(getTranslation("level.label"));
            level.setItems(Level.values());
            level.setItemLabelGenerator(l -> getTranslation("level." + l.key()));
            level.setValue(Level.NORM);
            value.setId("query-builder-value-" + n);
            value.setLabel(getTranslation("cql.builder.value"));
            value.setPlaceholder(getTranslation("cql.builder.any"));
            value.getElement().setAttribute("dir", "auto");
            value.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
            gap.setId("query-builder-gap-" + n);
            gap.setLabel(getTranslation("cql.builder.gap"));
            List<Integer> gaps = new ArrayList<>();
            for (int g = 0; g <= MAX_GAP; g++) {
                gaps.add(g);
            }
            gap.setItems(gaps);
            gap.setItemLabelGenerator(
                    g -> g == 0 ? getTranslation("cql.builder.gap.none") : getTranslation("cql.builder.gap.up-to", g));
            gap.setValue(0);
            Button remove = new Button(getTranslation("cql.builder.remove"), e -> {
                if (fields.size() > 1) {
                    fields.remove(this);
                    rows.remove(line);
                    update();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            level.addValueChangeListener(e -> update());
            value.addValueChangeListener(e -> update());
            gap.addValueChangeListener(e -> update());
            line.add(level, value, gap, remove);
            line.addClassName("controls");
        }

        Row row() {
            return new Row(level.getValue(), value.getValue(), gap.getValue() == null ? 0 : gap.getValue());
        }
    }
}
