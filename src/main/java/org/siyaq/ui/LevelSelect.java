package org.siyaq.ui;

import org.siyaq.analysis.Level;

/** The analysis level picker: each level with a one-line explanation, the chosen one's shown under the field. */
public class LevelSelect extends OptionSelect<Level> {

    public LevelSelect(String id) {
        setId(id);
        setLabel(getTranslation("level.label"));
        setItems(Level.values());
        setItemLabelGenerator(level -> getTranslation("level." + level.key()));
        setItemHelpGenerator(level -> getTranslation("level." + level.key() + ".help"));
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
