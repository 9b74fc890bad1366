package org.siyaq.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.shared.HasTooltip;
import com.vaadin.flow.function.SerializableFunction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@code vaadin-select} whose options live in one property of its element ({@code siyaqOptions}: label,
 * and an optional help line) and are drawn in the browser, instead of Flow's {@code Select}, which keeps a
 * component per option on the server (an item, its list box and its renderer's divs and spans: ~15 server
 * nodes for a five-option picker; issue 15, a tab at rest). The options are fixed lists of translated
 * labels; the browser writes them as text, never as HTML. Same element, so the same look, keyboard and
 * screen-reader behaviour as the Vaadin select.
 */
@Tag("vaadin-select")
@JsModule("@vaadin/select/src/vaadin-select.js")
public class OptionSelect<T> extends AbstractSinglePropertyField<OptionSelect<T>, T>
        implements HasLabel, HasHelper, HasSize, HasAriaLabel, HasTooltip, Focusable<OptionSelect<T>> {

    /** Draws the options as {@code vaadin-select-item}s in a list box, again only when they changed. */
    private static final String RENDERER = """
            const select = this;
            select.renderer = root => {
              const options = select.siyaqOptions || [];
              if (root.firstElementChild && root.firstElementChild.__options === options) return;
              root.textContent = '';
              const box = document.createElement('vaadin-select-list-box');
              box.__options = options;
              options.forEach((option, i) => {
                const item = document.createElement('vaadin-select-item');
                item.value = String(i);
                item.setAttribute('label', option.label);
                if (option.help) {
                  const text = document.createElement('div');
                  const label = document.createElement('span');
                  label.textContent = option.label;
                  const help = document.createElement('span');
                  help.className = 'option-help';
                  help.dir = 'auto';
                  help.textContent = option.help;
                  text.append(label, help);
                  item.append(text);
                } else {
                  item.textContent = option.label;
                }
                box.append(item);
              });
              root.append(box);
            };
            select.requestContentUpdate();""";

    private final List<T> items = new ArrayList<>();
    private SerializableFunction<T, String> label = String::valueOf;
    private SerializableFunction<T, String> help = item -> null;
    /** Sends the options once before the next answer to the browser, however many setters ran. */
    private final BeforeResponse sendOptions = new BeforeResponse(this, this::writeOptions);

    public OptionSelect() {
        super("value", null, String.class, OptionSelect::itemFor, OptionSelect::keyFor);
    }

    @SafeVarargs
    public final void setItems(T... options) {
        setItems(List.of(options));
    }

    public void setItems(Collection<T> options) {
        items.clear();
        items.addAll(options);
        if (getValue() != null && !items.contains(getValue())) {
            clear();
        }
        sendOptions.ask();
    }

    public List<T> getItems() {
        return List.copyOf(items);
    }

    public void setItemLabelGenerator(SerializableFunction<T, String> label) {
        this.label = label;
        sendOptions.ask();
    }

    /** A second, smaller line under each option's label in the open list (not in the closed field). */
    public void setItemHelpGenerator(SerializableFunction<T, String> help) {
        this.help = help;
        sendOptions.ask();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(RENDERER);
    }

    private void writeOptions() {
        ArrayNode options = JsonNodeFactory.instance.arrayNode();
        for (T item : items) {
            ObjectNode option = options.addObject().put("label", label.apply(item));
            String line = help.apply(item);
            if (line != null) {
                option.put("help", line);
            }
        }
        getElement().setPropertyJson("siyaqOptions", options);
        // the value's key is its place in the list: send it again for the new list
        getElement().setProperty("value", keyFor(getValue()));
        getElement().executeJs("if (this.renderer) this.requestContentUpdate()");
    }

    private T itemFor(String key) {
        if (key == null || key.isEmpty()) {
            return null;
        }
        int i = Integer.parseInt(key);
        return i >= 0 && i < items.size() ? items.get(i) : null;
    }

    private String keyFor(T item) {
        int i = item == null ? -1 : items.indexOf(item);
        return i < 0 ? "" : String.valueOf(i);
    }
}
