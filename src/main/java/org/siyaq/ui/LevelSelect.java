package org.siyaq.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.siyaq.analysis.Level;

/** The analysis level picker: each level with a one-line explanation, the chosen one's shown under the field. */
public class LevelSelect extends Select<Level> {

    public LevelSelect(String id) {
        setId(id);
        setLabel(getTranslation("level.label"));
        setItems(Level.values());
        setItemLabelGenerator(level -> getTranslation("level." + level.key()));
        setRenderer(new ComponentRenderer<>(level -> {
            Div item = new Div(new Span(getTranslation("level." + level.key())));
            Span help = new Span(getTranslation("level." + level.key() + ".help"));
            help.addClassName("option-help");
            help.getElement().setAttribute("dir", "auto");
            item.add(help);
            return item;
        }));
        setValue(Level.NORM);
        addValueChangeListener(e -> explain());
        explain();
        addClassName("level-select");
    }

    private void explain() {
        setHelperText(
                getValue() == null ? null : getTranslation("level." + getValue().key() + ".help"));
    }
}
