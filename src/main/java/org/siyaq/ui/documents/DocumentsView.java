package org.siyaq.ui.documents;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.DocumentInfo;
import org.siyaq.ui.BuckwalterSetting;
import org.siyaq.ui.TextCells;
import org.siyaq.ui.Texts;
import org.siyaq.ui.ToolView;
import org.siyaq.ui.UrlState;

/**
 * The documents of the corpus with their metadata and size, titles and metadata in Buckwalter while the
 * toggle is on; a click opens one in the reader.
 */
@AnonymousAllowed
@Menu(title = "nav.documents", order = 6)
@Route("documents")
public class DocumentsView extends ToolView {

    private final Grid<DocumentInfo> grid = new Grid<>();
    private final Span summary = new Span();

    public DocumentsView(CorpusRegistry corpora) {
        super("documents", corpora);
        grid.setId("documents-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(TextCells.word(d -> d.displayTitle(), BuckwalterSetting::current))
                .setHeader(getTranslation("documents.title-column"))
                .setKey("title")
                .setFlexGrow(3)
                .setResizable(true);
        grid.addColumn(TextCells.word(d -> d.source(), BuckwalterSetting::current))
                .setHeader(getTranslation("documents.source"))
                .setKey("source")
                .setFlexGrow(1);
        grid.addColumn(TextCells.word(d -> d.date(), BuckwalterSetting::current))
                .setHeader(getTranslation("documents.date"))
                .setKey("date")
                .setFlexGrow(0)
                .setWidth("8rem");
        grid.addColumn(TextCells.word(d -> d.fileName(), BuckwalterSetting::current))
                .setHeader(getTranslation("documents.file"))
                .setKey("file")
                .setFlexGrow(1);
        grid.addColumn(d -> Texts.integer(d.tokenCount()))
                .setHeader(getTranslation("documents.tokens"))
                .setKey("tokens")
                .setFlexGrow(0)
                .setWidth("7rem")
                .setTextAlign(Texts.numberAlign(rtl()));
        grid.addItemClickListener(
                e -> DocumentView.open(baseState(), e.getItem().id(), -1, -1));
        summary.setId("documents-summary");
        summary.addClassName("result-summary");
        Div bar = new Div(summary, buckwalterToggle());
        bar.addClassName("result-bar");
        addStatusArea();
        add(bar, grid);
    }

    @Override
    protected void show(UrlState s) {
        var corpus = corpora.get(s.corpus(), where());
        summary.setText(getTranslation(
                "documents.summary", corpus.documents().size(), corpus.index().size()));
        grid.setItems(corpus.documents());
    }
}
