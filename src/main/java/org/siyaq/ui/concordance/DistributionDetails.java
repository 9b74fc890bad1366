package org.siyaq.ui.concordance;

import com.vaadin.flow.component.details.Details;
import java.util.List;
import java.util.function.Supplier;
import org.siyaq.concordance.DocumentHits;

/**
 * The collapsible "distribution by document" of a concordance. Its bars are counted and built only
 * when the student opens it (issue 15: built while collapsed they were most of every answer sent to
 * the browser and of the memory a tab kept), and again for a new result only if it is open.
 */
class DistributionDetails extends Details {

    private final DistributionPanel panel = new DistributionPanel();
    private Supplier<List<DocumentHits>> source;
    private boolean built;

    DistributionDetails() {
        setId("concordance-distribution-details");
        setSummaryText(getTranslation("distribution.title"));
        setVisible(false);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                build();
            }
        });
    }

    /** A new result: its distribution is worked out from {@code documents} when the panel is (or is next) open. */
    void offer(Supplier<List<DocumentHits>> documents) {
        source = documents;
        built = false;
        panel.removeAll();
        setVisible(true);
        if (isOpened()) {
            build();
        }
    }

    /** No result: nothing to show, and nothing kept. */
    void clear() {
        source = null;
        built = false;
        panel.removeAll();
        remove(panel);
        setVisible(false);
    }

    private void build() {
        if (built || source == null) {
            return;
        }
        panel.show(source.get());
        if (panel.getParent().isEmpty()) {
            add(panel);
        }
        built = true;
    }

    /** The bars' panel (for tests). */
    DistributionPanel panel() {
        return panel;
    }

    /** Whether the bars are on the page (for tests). */
    boolean isBuilt() {
        return built;
    }
}
