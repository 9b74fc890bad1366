package org.siyaq.ui.documents;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.siyaq.ui.CorpusText;
import org.siyaq.ui.Texts;

/**
 * A document's text with every hit of the query marked ({@code <mark class="hit">}, as text only), one
 * of them selected ({@code hit-current}, id {@code document-hit}) and scrolled into view, and the
 * previous / next buttons with "3 of 12" that move the selection. Each piece is transliterated on its
 * own while the Buckwalter setting is on, so the marks stay on the original text's offsets.
 */
final class HitMarks {

    /** One hit as character offsets into the document's text, {@code [from, to)}. */
    record CharRange(int from, int to) {}

    private final Div text;
    private final Div bar = new Div();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Span position = new Span();
    private final List<Mark> marks = new ArrayList<>();
    private final Consumer<CharRange> selected;
    private int current = -1;

    /**
     * @param text     where the document's text goes
     * @param selected told the selected hit each time the selection moves (to keep the address true)
     */
    HitMarks(Div text, Consumer<CharRange> selected) {
        this.text = text;
        this.selected = selected;
        bar.setId("document-hits");
        bar.addClassName("document-hits");
        previous.setId("document-hit-previous");
        next.setId("document-hit-next");
        position.setId("document-hit-count");
        position.addClassName("document-hit-count");
        previous.addThemeVariants(ButtonVariant.LUMO_SMALL);
        next.addThemeVariants(ButtonVariant.LUMO_SMALL);
        previous.addClickListener(e -> select(current - 1));
        next.addClickListener(e -> select(current + 1));
        bar.add(previous, position, next);
        bar.setVisible(false);
    }

    Div bar() {
        return bar;
    }

    /**
     * Shows {@code content} with {@code hits} marked (in text order; one overlapping an earlier hit is
     * left unmarked) and the hit at {@code [from, to)} selected, or the first one after {@code from}.
     */
    void show(String content, List<CharRange> hits, int from, int to) {
        text.removeAll();
        marks.clear();
        current = -1;
        previous.setText(text.getTranslation("reader.hit.previous"));
        next.setText(text.getTranslation("reader.hit.next"));
        List<CharRange> shown = markable(hits, content.length());
        int at = 0;
        for (CharRange hit : shown) {
            if (hit.from() > at) {
                text.add(new Span(CorpusText.shown(content.substring(at, hit.from()))));
            }
            Mark mark = new Mark(hit);
            mark.setText(CorpusText.shown(content.substring(hit.from(), hit.to())));
            mark.addClassName("hit");
            marks.add(mark);
            text.add(mark);
            at = hit.to();
        }
        if (marks.isEmpty()) {
            text.setText(CorpusText.shown(content));
        } else if (at < content.length()) {
            text.add(new Span(CorpusText.shown(content.substring(at))));
        }
        bar.setVisible(marks.size() > 1);
        if (!marks.isEmpty()) {
            select(indexOf(shown, from, to), false);
        }
    }

    /** The hits that can be marked: inside the text, not empty, and not overlapping the one before. */
    static List<CharRange> markable(List<CharRange> hits, int length) {
        List<CharRange> out = new ArrayList<>();
        int at = 0;
        for (CharRange hit : hits) {
            if (hit.from() >= at && hit.to() > hit.from() && hit.to() <= length) {
                out.add(hit);
                at = hit.to();
            }
        }
        return out;
    }

    /** The index of the hit at {@code [from, to)}, else of the first hit ending after {@code from}, else 0. */
    static int indexOf(List<CharRange> hits, int from, int to) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).from() == from && hits.get(i).to() == to) {
                return i;
            }
        }
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).to() > from) {
                return i;
            }
        }
        return 0;
    }

    private void select(int index) {
        select(index, true);
    }

    private void select(int index, boolean tell) {
        if (index < 0 || index >= marks.size()) {
            return;
        }
        if (current >= 0) {
            marks.get(current).removeClassName("hit-current");
            marks.get(current).getElement().removeAttribute("id");
        }
        current = index;
        Mark mark = marks.get(index);
        mark.addClassName("hit-current");
        mark.setId("document-hit");
        previous.setEnabled(index > 0);
        next.setEnabled(index < marks.size() - 1);
        position.setText(
                text.getTranslation("reader.hit.position", Texts.integer(index + 1L), Texts.integer(marks.size())));
        mark.scrollIntoView();
        if (tell) {
            selected.accept(mark.range);
        }
    }

    /** The HTML {@code <mark>} element, holding text only. */
    @Tag("mark")
    private static final class Mark extends HtmlComponent implements HasText {
        private final CharRange range;

        Mark(CharRange range) {
            this.range = range;
        }
    }
}
