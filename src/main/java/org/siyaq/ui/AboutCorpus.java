package org.siyaq.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.siyaq.corpus.CorpusInfo;

/**
 * "About this corpus": what the instructor wrote about it (description, language note, sources and
 * licence), collapsed on every tool page, so that students see it (issue 12, item 9). User text, set
 * as text and isolated, transliterated with the corpus's text while the Buckwalter setting is on.
 */
public class AboutCorpus extends Details implements CorpusText.Follower {

    private CorpusInfo shown;

    public AboutCorpus(String id) {
        setId(id);
        addClassName("about-corpus");
        setSummaryText(getTranslation("about.title"));
        setVisible(false);
    }

    /** Shows {@code info}'s notes; hides itself when the instructor wrote none. */
    public void show(CorpusInfo info) {
        shown = info;
        removeAll();
        line("about.description", info.description());
        line("about.language", info.languageNote());
        line("about.sources", info.sourceNote());
        setSummaryText(getTranslation("about.title.named", Texts.isolate(CorpusText.shown(info.name()))));
        setVisible(getContent().findAny().isPresent());
    }

    private void line(String key, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(key) + " ");
        label.addClassName("meta-label");
        Div row = new Div(label, CorpusText.span(text));
        row.addClassName("about-line");
        add(row);
    }

    /** The Buckwalter toggle was clicked: the name in the summary too. */
    @Override
    public void transliterationChanged() {
        if (shown != null) {
            show(shown);
        }
    }

    /** The notes in one line, for the corpus picker's tooltip. */
    public static String summary(CorpusInfo info) {
        StringBuilder out = new StringBuilder(info.name());
        for (String note : new String[] {info.description(), info.languageNote(), info.sourceNote()}) {
            if (note != null && !note.isBlank()) {
                out.append(" — ").append(note.strip());
            }
        }
        return out.toString();
    }
}
