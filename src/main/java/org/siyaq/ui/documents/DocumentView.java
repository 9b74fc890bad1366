package org.siyaq.ui.documents;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Level;
import org.siyaq.concordance.ConcordanceService;
import org.siyaq.concordance.DocumentMatch;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.DocumentInfo;
import org.siyaq.corpus.DocumentText;
import org.siyaq.ui.CorpusText;
import org.siyaq.ui.Texts;
import org.siyaq.ui.ToolView;
import org.siyaq.ui.UrlState;
import org.siyaq.ui.analysis.WordClicks;
import org.siyaq.ui.analysis.WordLookup;
import org.siyaq.ui.analysis.WordPanel;

/**
 * One document as plain text (never HTML), right to left when it is Arabic. With a query ({@code q},
 * {@code level}) every hit of it in the document is marked, the one at the {@code from}/{@code to}
 * character offsets selected and scrolled into view, with previous/next buttons; without one, only
 * the {@code from}/{@code to} range is marked. With the Buckwalter toggle on, the title, the metadata
 * values and the text are transliterated.
 */
@AnonymousAllowed
@Route("documents/:docId")
public class DocumentView extends ToolView implements CorpusText.Follower {

    private final H2 title = new H2();
    private final Div meta = new Div();
    private final Div text = new Div();
    private final HitMarks marks = new HitMarks(text, this::selected);
    private final ConcordanceService concordances;
    private String docId = "";
    /** The text shown, for the word a click's offset points into. */
    private String shown = "";

    public DocumentView(CorpusRegistry corpora, ConcordanceService concordances, ArabicAnalysis analysis) {
        super("reader", corpora);
        this.concordances = concordances;
        title.setId("document-title");
        title.getElement().setAttribute("dir", "auto");
        meta.setId("document-meta");
        meta.addClassName("document-meta");
        text.setId("document-text");
        text.addClassName("document-text");
        text.getElement().setAttribute("dir", "auto");
        addStatusArea();
        add(title, meta, buckwalterToggle(), marks.bar(), text);
        WordPanel panel = new WordPanel(analysis, this::baseState);
        WordClicks.onText(text, click -> panel.open(WordLookup.word(click.wordAt(shown))));
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
        title.setText(CorpusText.shown(doc.displayTitle()));
        meta.removeAll();
        addMeta(getTranslation("documents.author"), doc.author());
        addMeta(getTranslation("documents.source"), doc.source());
        addMeta(getTranslation("documents.date"), doc.date());
        addMeta(getTranslation("documents.genre"), doc.genre());
        doc.extra().forEach((name, value) -> addMeta(CorpusText.shown(name), value));
        addMeta(getTranslation("documents.file"), doc.fileName());
        addMeta(getTranslation("documents.tokens"), Texts.integer(doc.tokenCount()));
        int from = s.integer("from", -1, -1, Integer.MAX_VALUE);
        int to = s.integer("to", -1, -1, Integer.MAX_VALUE);
        String q = s.text("q");
        setPurpose(getTranslation(from < 0 ? "reader.purpose.plain" : "reader.purpose"));
        List<HitMarks.CharRange> given = from < 0 || to <= from ? List.of() : List.of(new HitMarks.CharRange(from, to));
        shown = content.text();
        marks.show(content.text(), given, from, to);
        if (q.isEmpty()) {
            return;
        }
        Level level = s.level(Level.NORM);
        String corpusId = s.corpus();
        compute(
                () -> concordances.matchesIn(corpusId, doc.id(), q, level),
                matches -> showMatches(content, matches, q, from, to),
                e -> showProblem(message(e)));
    }

    /** Every hit of the query marked, the given one (or the first) selected. */
    private void showMatches(DocumentText content, List<DocumentMatch> matches, String q, int from, int to) {
        List<HitMarks.CharRange> ranges = matches.stream()
                .map(m -> new HitMarks.CharRange(content.tokenStarts()[m.start()], content.tokenEnds()[m.end() - 1]))
                .toList();
        setPurpose(getTranslation(
                ranges.isEmpty() ? "reader.purpose.no-hits" : "reader.purpose.all-hits",
                Texts.isolate(CorpusText.shown(q)),
                ranges.size()));
        marks.show(content.text(), ranges, from, to);
    }

    /** The Buckwalter toggle was clicked: the title, the metadata and the text (with its marks) again. */
    @Override
    public void transliterationChanged() {
        show(state());
    }

    /** The selection moved: the address names the selected hit, so a reload or a shared link shows it. */
    private void selected(HitMarks.CharRange hit) {
        UrlState now = state().with("from", hit.from()).with("to", hit.to());
        UI.getCurrent()
                .getPage()
                .getHistory()
                .replaceState(null, new Location("documents/" + docId, now.toQueryParameters()));
    }

    /** One metadata field: its label (translated, or a manifest's own column name) and its value, both as text. */
    private void addMeta(String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span name = Texts.user(label);
        name.addClassName("meta-label");
        Span item = new Span(name, new Span(": "), CorpusText.span(value));
        item.addClassName("meta-item");
        meta.add(item);
    }
}
