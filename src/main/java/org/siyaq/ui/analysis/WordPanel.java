package org.siyaq.ui.analysis;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Level;
import org.siyaq.analysis.WordAnalysis;
import org.siyaq.analysis.morph.Reading;
import org.siyaq.analysis.script.Buckwalter;
import org.siyaq.ui.Texts;
import org.siyaq.ui.UrlState;
import org.siyaq.ui.WordQueries;

/**
 * A word's analysis in a small dialog (what {@code GET /api/analysis} answers for it): the word at
 * every level with its Buckwalter transliteration, its part of speech, the dictionary's readings of
 * an ambiguous form, and links to every form of its lemma and every word of its root in the
 * concordance and the word list. Escape or the close button closes it; every value is text, isolated.
 */
public final class WordPanel {

    /** The dictionary's readings shown at most (a form can have dozens of tags for a few lemmas). */
    static final int MAX_READINGS = 8;

    private final ArabicAnalysis analysis;
    private final WordLinks links;
    private final Supplier<UrlState> base;

    /** @param base the state every link keeps (the page's corpus, documents, language and Buckwalter setting) */
    public WordPanel(ArabicAnalysis analysis, Supplier<UrlState> base) {
        this.analysis = analysis;
        this.links = new WordLinks(new WordQueries(analysis));
        this.base = base;
    }

    /** Opens the panel for the first word of {@code lookup.written()}; nothing when it holds no word. */
    public void open(WordLookup lookup) {
        List<WordAnalysis> tokens = WordAnalysis.of(analysis, lookup.written());
        if (tokens.isEmpty()) {
            return;
        }
        WordAnalysis word = tokens.get(0);
        Dialog dialog = new Dialog();
        dialog.setId("word-panel");
        dialog.addClassName("word-panel");
        dialog.setHeaderTitle(Texts.isolate(word.token().form()));
        Button close = new Button(dialog.getTranslation("word-panel.close"), e -> dialog.close());
        close.setId("word-panel-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getHeader().add(close);
        if (lookup.throughForm()) {
            Paragraph note = new Paragraph(dialog.getTranslation(
                    "word-panel.through-form",
                    dialog.getTranslation("level." + lookup.rowLevel().key()),
                    Texts.isolate(lookup.rowKey())));
            note.setId("word-panel-row");
            note.addClassName("option-help");
            dialog.add(note);
        }
        dialog.add(levels(dialog, word), readings(dialog, word.readings()), linkGroups(dialog, word, lookup));
        dialog.open();
        closeOnNavigation(dialog);
    }

    /**
     * Any navigation closes the panel on the server, in the same round trip that shows the new page: a link of the
     * panel, Back, or the side menu. (The links' own click listener alone raced the router's navigation.)
     */
    private static void closeOnNavigation(Dialog dialog) {
        UI ui = dialog.getUI().orElseGet(UI::getCurrent);
        if (ui == null) {
            return;
        }
        Registration navigation = ui.addAfterNavigationListener(e -> dialog.close());
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                navigation.remove();
            }
        });
    }

    private NativeTable levels(Dialog dialog, WordAnalysis word) {
        NativeTableBody body = new NativeTableBody();
        for (Level level : Level.values()) {
            String value = word.levels().get(level);
            NativeTableRow row = row(dialog.getTranslation("level." + level.key()), Texts.user(value), bw(value));
            row.setId("word-panel-" + level.key());
            body.add(row);
        }
        String pos = word.pos().isEmpty() ? "unknown" : word.pos();
        NativeTableRow posRow =
                row(dialog.getTranslation("word-panel.pos"), new Span(dialog.getTranslation("word-panel.pos." + pos)));
        posRow.setId("word-panel-pos");
        body.add(posRow);
        NativeTable table = new NativeTable(body);
        table.addClassName("word-panel-levels");
        return table;
    }

    private static NativeTableRow row(String label, Component... values) {
        NativeTableHeaderCell header = new NativeTableHeaderCell(label);
        header.getElement().setAttribute("scope", "row");
        NativeTableRow row = new NativeTableRow(header);
        for (Component value : values) {
            row.add(new NativeTableCell(value));
        }
        return row;
    }

    /** A value in Buckwalter, left to right. */
    private static Span bw(String arabic) {
        Span span = new Span(Buckwalter.transliterate(arabic == null ? "" : arabic));
        span.getElement().setAttribute("dir", "ltr");
        span.addClassName("buckwalter");
        return span;
    }

    /** Each lemma and part of speech the dictionary gives the form, once. */
    private Div readings(Dialog dialog, List<Reading> readings) {
        Div out = new Div(new Span(dialog.getTranslation("word-panel.readings")));
        out.setId("word-panel-readings");
        out.addClassName("word-panel-readings");
        Set<String> seen = new LinkedHashSet<>();
        UnorderedList list = new UnorderedList();
        for (Reading r : readings) {
            if (seen.size() < MAX_READINGS && seen.add(r.lemma() + "\t" + r.pos())) {
                list.add(new ListItem(
                        Texts.user(r.lemma()),
                        new Span(" "),
                        bw(r.lemma()),
                        new Span(" · " + dialog.getTranslation("word-panel.pos." + r.pos()))));
            }
        }
        if (seen.isEmpty()) {
            out.add(new Span(" " + dialog.getTranslation("word-panel.readings.none")));
        } else {
            out.add(list);
        }
        return out;
    }

    private Div linkGroups(Dialog dialog, WordAnalysis word, WordLookup lookup) {
        UrlState at = base.get();
        Div out = new Div();
        out.addClassName("word-panel-links");
        String lemma = word.levels().get(Level.LEMMA);
        if (!lemma.isEmpty()) {
            out.add(group(
                    dialog,
                    "lemma",
                    links.concordance(at, Level.LEMMA, lemma),
                    links.wordList(at, Level.FORM, Level.LEMMA, lemma)));
        }
        String root = word.levels().get(Level.ROOT);
        if (!root.isEmpty()) {
            out.add(group(
                    dialog,
                    "root",
                    links.concordance(at, Level.ROOT, root),
                    links.wordList(at, Level.LEMMA, Level.ROOT, root)));
        }
        if (lookup.rowLevel() != null) {
            Anchor row = link(dialog, links.rowConcordance(at, lookup.rowLevel(), lookup.rowKey()), "word-panel.row");
            row.setId("word-panel-row-concordance");
            out.add(new Div(row));
        }
        return out;
    }

    /** "All forms of this lemma: in the concordance · in the word list" (or the root's). */
    private static Div group(Dialog dialog, String level, String concordance, String wordList) {
        Anchor toConcordance = link(dialog, concordance, "word-panel.in-concordance");
        toConcordance.setId("word-panel-" + level + "-concordance");
        Anchor toWordList = link(dialog, wordList, "word-panel.in-wordlist");
        toWordList.setId("word-panel-" + level + "-wordlist");
        return new Div(
                new Span(dialog.getTranslation("word-panel." + level + "-links") + " "),
                toConcordance,
                new Span(" · "),
                toWordList);
    }

    /** A link inside the application (the router follows it without a reload) that closes the panel. */
    private static Anchor link(Dialog dialog, String href, String labelKey) {
        Anchor anchor = new Anchor(href, dialog.getTranslation(labelKey));
        anchor.getElement().setAttribute("router-link", true);
        anchor.getElement().addEventListener("click", e -> dialog.close());
        return anchor;
    }
}
