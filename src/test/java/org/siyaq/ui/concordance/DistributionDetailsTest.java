package org.siyaq.ui.concordance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.siyaq.concordance.DocumentHits;

/** The distribution is counted and built only once the panel is open (issue 15). */
class DistributionDetailsTest {

    private final AtomicInteger counted = new AtomicInteger();

    private Supplier<List<DocumentHits>> twoDocuments() {
        return () -> {
            counted.incrementAndGet();
            return List.of(new DocumentHits(0, "a", 3, 1000, 3000.0), new DocumentHits(1, "b", 0, 500, 0.0));
        };
    }

    @Test
    void a_closed_panel_counts_nothing_and_holds_no_bars() {
        DistributionDetails details = new DistributionDetails();
        details.offer(twoDocuments());
        assertThat(counted).hasValue(0);
        assertThat(details.isBuilt()).isFalse();
        assertThat(details.isVisible()).as("the summary line is offered").isTrue();
    }

    @Test
    void opening_the_panel_builds_one_bar_per_document_with_hits_once() {
        DistributionDetails details = new DistributionDetails();
        details.offer(twoDocuments());
        details.setOpened(true);
        details.setOpened(false);
        details.setOpened(true);
        assertThat(counted).as("counted once, though opened twice").hasValue(1);
        // one document of two has hits: one bar (a summary paragraph and one row in the panel)
        assertThat(details.getContent()).contains(details.panel());
        assertThat(details.panel()
                        .getElement()
                        .getChildren()
                        .filter(e -> e.getClassList().contains("distribution-row"))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void a_new_result_while_open_is_built_at_once_and_clearing_drops_the_bars() {
        DistributionDetails details = new DistributionDetails();
        details.offer(twoDocuments());
        details.setOpened(true);
        details.offer(twoDocuments());
        assertThat(counted).hasValue(2);
        details.clear();
        assertThat(details.isBuilt()).isFalse();
        assertThat(details.isVisible()).isFalse();
    }
}
