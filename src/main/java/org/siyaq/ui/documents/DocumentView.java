package org.siyaq.ui.documents;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.DocumentInfo;
import org.siyaq.corpus.DocumentText;
import org.siyaq.ui.Texts;
import org.siyaq.ui.ToolView;
import org.siyaq.ui.UrlState;

/**
 * One document as plain text (never HTML), right to left when it is Arabic, with the hit given by the
 * {@code from}/{@code to} character offsets marked and scrolled into view.
 */
@AnonymousAllowed
@Route("documents/:docId")
public class DocumentView extends ToolView {

    private final H3 title = new H3();
    private final Div meta = new Div();
    private final Div text = new Div();
    private String docId = "";

    public DocumentView(CorpusRegistry corpora) {
        super("reader", corpora);
        title.setId("document-title");
        title.getElement().setAttribute("dir", "auto");
        meta.setId("document-meta");
        meta.addClassName("document-meta");
        text.setId("document-text");
        text.addClassName("document-text");
        text.getElement().setAttribute("dir", "auto");
        addStatusArea();
        add(title, meta, text);
    }

    @Override
    protected boolean choosesDocuments() {
        return false;
    }

    /** Opens document {@code docId}, marking characters {@code from}–{@code to} when both are given (not -1). */
    public static void open(UrlState base, int docId, int from, int to) {
        UrlState state = from < 0 ? base : base.with("from", from).with("to", to);
        UI.getCurrent()
                .navigate(
                        DocumentView.class,
                        new RouteParameters("docId", String.valueOf(docId)),
                        state.toQueryParameters());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        docId = event.getRouteParameters().get("docId").orElse("");
        super.beforeEnter(event);
    }

    @Override
    protected void show(UrlState s) {
        int id;
        try {
            id = Integer.parseInt(docId);
        } catch (NumberFormatException e) {
            showProblem(getTranslation("error.document"));
            return;
        }
        DocumentInfo doc;
        DocumentText content;
        try {
            doc = corpus().document(id);
            content = corpus().text(id);
        } catch (RuntimeException e) {
            showProblem(message(e));
            return;
        }
        title.setText(doc.displayTitle());
        meta.removeAll();
        addMeta(getTranslation("documents.author"), doc.author());
        addMeta(getTranslation("documents.source"), doc.source());
        addMeta(getTranslation("documents.date"), doc.date());
        addMeta(getTranslation("documents.genre"), doc.genre());
        doc.extra().forEach(this::addMeta);
        addMeta(getTranslation("documents.file"), doc.fileName());
        addMeta(getTranslation("documents.tokens"), Texts.integer(doc.tokenCount()));
        int from = s.integer("from", -1, -1, Integer.MAX_VALUE);
        setPurpose(getTranslation(from < 0 ? "reader.purpose.plain" : "reader.purpose"));
        showText(content.text(), from, s.integer("to", -1, -1, Integer.MAX_VALUE));
    }

    /** One metadata field: its label (translated, or a manifest's own column name) and its value, both as text. */
    private void addMeta(String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span name = Texts.user(label);
        name.addClassName("meta-label");
        Span item = new Span(name, new Span(": "), Texts.user(value));
        item.addClassName("meta-item");
        meta.add(item);
    }

    private void showText(String content, int from, int to) {
        text.removeAll();
        if (from < 0 || to <= from || to > content.length()) {
            text.setText(content);
            return;
        }
        Mark hit = new Mark();
        hit.setText(content.substring(from, to));
        hit.addClassName("hit");
        hit.setId("document-hit");
        text.add(new Span(content.substring(0, from)), hit, new Span(content.substring(to)));
        hit.scrollIntoView();
    }

    /** The HTML {@code <mark>} element, holding text only. */
    @Tag("mark")
    private static final class Mark extends HtmlComponent implements HasText {}
}
