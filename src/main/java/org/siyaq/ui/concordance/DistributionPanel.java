package org.siyaq.ui.concordance;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.List;
import org.siyaq.concordance.DocumentHits;
import org.siyaq.ui.CorpusText;
import org.siyaq.ui.Texts;

/**
 * The concordance's distribution by document: for each document with hits, the count and the rate
 * per million tokens, drawn as a bar scaled to the highest rate (server-side CSS, no chart library).
 */
class DistributionPanel extends Div {

    /** More bars than this would be a wall, not a picture; the rest are counted in a note. */
    static final int MAX_BARS = 200;

    DistributionPanel() {
        setId("concordance-distribution");
        addClassName("distribution");
    }

    void show(List<DocumentHits> documents) {
        removeAll();
        List<DocumentHits> withHits =
                documents.stream().filter(d -> d.hits() > 0).toList();
        add(new Paragraph(getTranslation("distribution.summary", withHits.size(), documents.size())));
        double max =
                withHits.stream().mapToDouble(DocumentHits::perMillion).max().orElse(1);
        withHits.stream()
                .sorted(Comparator.comparingDouble(DocumentHits::perMillion).reversed())
                .limit(MAX_BARS)
                .forEach(d -> add(bar(d, max)));
        if (withHits.size() > MAX_BARS) {
            add(new Paragraph(getTranslation("distribution.more", withHits.size() - MAX_BARS)));
        }
    }

    private Div bar(DocumentHits d, double max) {
        Span title = CorpusText.span(d.title());
        title.addClassName("distribution-title");
        Div fill = new Div();
        fill.addClassName("distribution-fill");
        fill.getStyle().set("width", String.format(java.util.Locale.ROOT, "%.1f%%", 100 * d.perMillion() / max));
        Div track = new Div(fill);
        track.addClassName("distribution-track");
        Span figures = new Span(
                getTranslation("distribution.figures", d.hits(), Texts.decimal(d.perMillion(), 1), d.tokens()));
        figures.addClassName("distribution-figures");
        Div row = new Div(title, track, figures);
        row.addClassName("distribution-row");
        return row;
    }
}
