package org.siyaq.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.ArrayList;
import java.util.List;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.corpus.MetadataField;

/**
 * The "Documents" choice of a tool page: all documents (empty), or those with one value of one metadata
 * field, a sub-corpus. Offers the fields with more than one value, and hides itself when a corpus has none.
 */
public class SubCorpusSelect extends ComboBox<DocumentFilter> implements CorpusText.Follower {

    /** A field with more values than this (titles of a large corpus) is left out of the list; a URL can still name one. */
    static final int MAX_VALUES = 200;

    public SubCorpusSelect(String id) {
        setId(id);
        setLabel(getTranslation("where.label"));
        setPlaceholder(getTranslation("where.all"));
        setTooltipText(getTranslation("where.help"));
        setClearButtonVisible(true);
        addClassName("sub-corpus-select");
        setItemLabelGenerator(f -> getTranslation(
                f.negated() ? "where.item.not" : "where.item",
                fieldLabel(f.field()),
                Texts.isolate(CorpusText.shown(f.value()))));
        setVisible(false);
    }

    /** Offers the values of {@code corpus}'s fields with {@code current} (possibly {@code null}, all documents) chosen. */
    public void show(LoadedCorpus corpus, DocumentFilter current) {
        List<DocumentFilter> items = new ArrayList<>();
        for (MetadataField field : corpus.metadata()) {
            if (field.values().size() > 1 && field.values().size() <= MAX_VALUES) {
                field.values().forEach(v -> items.add(new DocumentFilter(field.name(), v.value())));
            }
        }
        DocumentFilter chosen = current == null
                ? null
                : items.stream()
                        .filter(f -> f.key().equals(current.key()))
                        .findFirst()
                        .orElse(null);
        if (current != null && chosen == null) {
            chosen = current;
            items.addFirst(current);
        }
        setItems(items);
        setValue(chosen);
        setVisible(!items.isEmpty());
    }

    /** The Buckwalter toggle was clicked: the values (a metadata value is corpus text) as the page now shows them. */
    @Override
    public void transliterationChanged() {
        DocumentFilter chosen = getValue();
        getDataProvider().refreshAll();
        setValue(null);
        setValue(chosen);
    }

    private String fieldLabel(String field) {
        return DocumentFilter.BUILT_IN.contains(field)
                ? getTranslation("where.field." + field)
                : CorpusText.shown(field);
    }
}
