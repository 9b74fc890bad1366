package org.siyaq.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.siyaq.analysis.script.Buckwalter;

/**
 * Text that comes from the corpus, as the page shows it: as written, or in Buckwalter transliteration
 * while the page's setting is on ({@link BuckwalterSetting}, issue 12, item 6). Corpus text is what the
 * documents say (words, lines, the reader's text), what describes them (titles, metadata values, also in
 * pictures and summaries) and the corpus's own name and notes. The UI's labels (the message bundles, so
 * the Arabic UI stays Arabic) and what the user types into a field are never transliterated.
 */
public final class CorpusText {

    private CorpusText() {}

    /** A part of the page that shows corpus text and shows it again when the setting changes. */
    public interface Follower {
        void transliterationChanged();
    }

    /** {@code text} as the page shows it now. */
    public static String shown(String text) {
        String t = text == null ? "" : text;
        return BuckwalterSetting.current() ? Buckwalter.transliterate(t) : t;
    }

    /** A span of corpus text, isolated, that follows the setting (left to right in transliteration). */
    public static Span span(String text) {
        return new Shown(text);
    }

    /** A span of corpus text in a table cell, cut with an ellipsis at its end. */
    public static Span cell(String text) {
        Span span = span(text);
        span.addClassName("cell-ellipsis");
        return span;
    }

    /** The setting changed: every follower under {@code root} shows its text again, and every grid its rows. */
    static void changed(Component root) {
        if (root instanceof Follower follower) {
            follower.transliterationChanged();
        }
        if (root instanceof Grid<?> grid) {
            grid.getDataProvider().refreshAll();
        }
        root.getChildren().toList().forEach(CorpusText::changed);
    }

    private static final class Shown extends Span implements Follower {
        private final String written;

        Shown(String written) {
            this.written = written == null ? "" : written;
            addClassName("user-text");
            transliterationChanged();
        }

        @Override
        public void transliterationChanged() {
            boolean on = BuckwalterSetting.current();
            setText(on ? Buckwalter.transliterate(written) : written);
            getElement().setAttribute("dir", on ? "ltr" : "auto");
            setClassName("buckwalter", on);
        }
    }
}
