package org.siyaq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The options travel as one element property, the value as the chosen option's place in the list. */
class OptionSelectTest {

    private final UI ui = new UI();
    private final OptionSelect<String> select = new OptionSelect<>();

    OptionSelectTest() {
        // a session that holds its lock, so the before-response tasks can run
        ui.getInternals().setSession(org.mockito.Mockito.mock(VaadinSession.class));
    }

    private JsonNode sentOptions() {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return (JsonNode) select.getElement().getPropertyRaw("siyaqOptions");
    }

    @Test
    void the_options_are_one_property_and_no_component_each() {
        select.setItems("alpha", "beta", "gamma");
        select.setItemLabelGenerator(s -> s.toUpperCase(java.util.Locale.ROOT));
        select.setItemHelpGenerator(s -> s.equals("beta") ? "the second" : null);
        ui.add(select);

        JsonNode options = sentOptions();
        // three options, labels from the generator; only beta has a help line
        assertThat(options).hasSize(3);
        assertThat(options.get(0).get("label").asString()).isEqualTo("ALPHA");
        assertThat(options.get(1).get("help").asString()).isEqualTo("the second");
        assertThat(options.get(2).has("help")).isFalse();
        assertThat(select.getElement().getChildCount())
                .as("no list box, no item per option on the server")
                .isZero();
    }

    @Test
    void the_value_is_sent_as_its_place_and_read_back_from_the_browsers_choice() {
        select.setItems("alpha", "beta", "gamma");
        ui.add(select);
        List<String> changes = new ArrayList<>();
        select.addValueChangeListener(e -> changes.add(e.getValue()));

        select.setValue("gamma");
        // gamma is the third option: key "2"
        assertThat(select.getElement().getProperty("value")).isEqualTo("2");

        // the browser picks the second option
        select.getElement().setProperty("value", "1");
        assertThat(select.getValue()).isEqualTo("beta");
        assertThat(changes).containsExactly("gamma", "beta");
    }

    @Test
    void a_new_list_without_the_value_clears_it_and_keeps_a_value_still_listed_at_its_new_place() {
        select.setItems("alpha", "beta", "gamma");
        ui.add(select);
        select.setValue("beta");

        select.setItems("beta", "delta");
        sentOptions();
        // beta moved from place 1 to place 0
        assertThat(select.getValue()).isEqualTo("beta");
        assertThat(select.getElement().getProperty("value")).isEqualTo("0");

        select.setItems("delta");
        assertThat(select.getValue()).isNull();
    }
}
