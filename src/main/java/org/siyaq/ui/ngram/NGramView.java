package org.siyaq.ui.ngram;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.stream.Stream;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.ngram.NGramQuery;
import org.siyaq.ngram.NGramResult;
import org.siyaq.ngram.NGramRow;
import org.siyaq.ngram.NGramService;
import org.siyaq.query.QueryException;
import org.siyaq.ui.ColumnHeaders;
import org.siyaq.ui.Controls;
import org.siyaq.ui.LevelSelect;
import org.siyaq.ui.TextCells;
import org.siyaq.ui.Texts;
import org.siyaq.ui.ToolView;
import org.siyaq.ui.UrlState;
import org.siyaq.ui.WordQueries;
import org.siyaq.ui.concordance.ConcordanceView;

/** Recurrent sequences of n tokens (clusters) with frequency and range; a click opens their concordance. */
@AnonymousAllowed
@Menu(title = "nav.ngrams", order = 5)
@Route("ngrams")
public class NGramView extends ToolView {

    static final int DEFAULT_N = 3;
    static final int DEFAULT_MIN = 2;

    private final NGramService ngrams;
    private final WordQueries wordQueries;

    private final IntegerField n = new IntegerField();
    private final LevelSelect level = new LevelSelect("ngrams-level");
    private final IntegerField minFreq = new IntegerField();
    private final TextField contains = new TextField();
    private final Button run = new Button();
    private final Checkbox buckwalter = new Checkbox();
    private final Span summary = new Span();
    private final Grid<NGramRow> grid = new Grid<>();
    private final Anchor csv = csvLink();

    public NGramView(CorpusRegistry corpora, NGramService ngrams, ArabicAnalysis analysis) {
        super("ngrams", corpora);
        this.ngrams = ngrams;
        this.wordQueries = new WordQueries(analysis);

        n.setId("ngrams-n");
        n.setLabel(getTranslation("ngrams.n"));
        n.setMin(2);
        n.setMax(6);
        n.setValue(DEFAULT_N);
        n.setStepButtonsVisible(true);
        n.addClassName("narrow-field");
        minFreq.setId("ngrams-minfreq");
        minFreq.setLabel(getTranslation("ngrams.min-freq"));
        minFreq.setMin(1);
        minFreq.setValue(DEFAULT_MIN);
        minFreq.setStepButtonsVisible(true);
        minFreq.addClassName("narrow-field");
        contains.setId("ngrams-contains");
        contains.setLabel(getTranslation("ngrams.contains"));
        contains.setTooltipText(getTranslation("concordance.query.syntax"));
        contains.setClearButtonVisible(true);
        Texts.autoDirection(contains);
        contains.addKeyPressListener(Key.ENTER, e -> submit());
        submitOnEnter(this::submit, n, minFreq);
        run.setId("ngrams-run");
        run.setText(getTranslation("action.run"));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> submit());
        buckwalter.setId("ngrams-buckwalter");
        buckwalter.setLabel(getTranslation("buckwalter.toggle"));
        buckwalter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        summary.setId("ngrams-summary");
        summary.addClassName("result-summary");

        grid.setId("ngrams-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        ColumnTextAlign align = Texts.numberAlign(rtl());
        grid.addColumn(TextCells.word(r -> r.ngram(), buckwalter::getValue))
                .setHeader("ngram")
                .setKey("ngram")
                .setFlexGrow(3);
        grid.addColumn(r -> Texts.integer(r.freq()))
                .setHeader("freq")
                .setKey("freq")
                .setTextAlign(align)
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(r -> Texts.integer(r.range()))
                .setHeader("range")
                .setKey("range")
                .setTextAlign(align)
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(TextCells.word(r -> String.join(" | ", r.forms()), buckwalter::getValue))
                .setHeader("forms")
                .setKey("forms")
                .setFlexGrow(3);
        ColumnHeaders.apply(grid, key -> getTranslation("ngrams.column." + key));
        grid.addItemClickListener(e -> openConcordance(e.getItem()));

        Div results = new Div(summary, csv, buckwalter);
        results.addClassName("result-bar");
        add(new Controls(n, level, minFreq, contains, run));
        addStatusArea();
        add(results, grid);
    }

    private void submit() {
        go(baseState()
                .with("n", n.getValue())
                .with("level", level.getValue().key())
                .with("minFreq", minFreq.getValue())
                .with("contains", contains.getValue()));
    }

    @Override
    protected void show(UrlState s) {
        number(s, "n", DEFAULT_N, 2, 6, n);
        level.setValue(s.level(Level.NORM));
        number(s, "minFreq", DEFAULT_MIN, 1, Integer.MAX_VALUE, minFreq);
        contains.setValue(s.text("contains"));
        contains.setInvalid(false);
        NGramQuery q = new NGramQuery(
                s.corpus(),
                where(),
                n.getValue(),
                level.getValue(),
                minFreq.getValue(),
                contains.getValue().isBlank() ? null : contains.getValue(),
                0,
                1);
        compute(() -> ngrams.ngrams(q), r -> showResult(q, r), this::showFailure);
    }

    private void showResult(NGramQuery q, NGramResult r) {
        summary.setText(getTranslation("ngrams.summary", r.totalRows()));
        grid.setItems(page -> fetch(q, page.getOffset(), page.getLimit()), page -> r.totalRows());
        grid.scrollToStart();
        pointCsv(
                csv,
                "ngrams",
                UrlState.empty()
                        .with("n", q.n())
                        .with("level", q.level().key())
                        .with("minFreq", q.minFreq())
                        .with("contains", q.contains()));
    }

    private Stream<NGramRow> fetch(NGramQuery q, int offset, int limit) {
        if (limit <= 0) {
            return Stream.empty();
        }
        return ngrams
                .ngrams(new NGramQuery(
                        q.corpusId(),
                        q.where(),
                        q.n(),
                        q.level(),
                        q.minFreq(),
                        q.contains(),
                        offset,
                        Math.min(limit, NGramQuery.MAX_PAGE)))
                .rows()
                .stream();
    }

    private void showFailure(RuntimeException e) {
        grid.setItems(List.of());
        summary.setText("");
        if (e instanceof QueryException) {
            contains.setErrorMessage(message(e));
            contains.setInvalid(true);
        } else {
            showProblem(message(e));
        }
    }

    private void openConcordance(NGramRow row) {
        Level at = state().level(Level.NORM);
        UI.getCurrent()
                .navigate(
                        ConcordanceView.class,
                        baseState()
                                .with("q", wordQueries.exactPhrase(row.ngram(), at))
                                .with("level", at.key())
                                .toQueryParameters());
    }
}
