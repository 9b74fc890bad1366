package org.siyaq.ui.wordlist;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.stream.Stream;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.CorpusRegistry;
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
import org.siyaq.wordlist.WordListQuery;
import org.siyaq.wordlist.WordListResult;
import org.siyaq.wordlist.WordListService;
import org.siyaq.wordlist.WordRow;

/**
 * The frequency table at a level with every column of {@code statistics.md} (rank, freq, per million,
 * range, DP, normalized DP) and the type/token summary; a click on a word opens its concordance.
 */
@AnonymousAllowed
@Menu(title = "nav.wordlist", order = 2)
@Route("wordlist")
public class WordListView extends ToolView {

    private final WordListService words;
    private final WordQueries wordQueries;

    private final LevelSelect level = new LevelSelect("wordlist-level");
    private final Checkbox stopwords = new Checkbox();
    private final IntegerField minFreq = new IntegerField();
    private final TextField filter = new TextField();
    private final Button run = new Button();
    private final Checkbox buckwalter = new Checkbox();
    private final Span summary = new Span();
    private final Grid<WordRow> grid = new Grid<>();
    private final Anchor csv = csvLink();

    public WordListView(CorpusRegistry corpora, WordListService words, ArabicAnalysis analysis) {
        super("wordlist", corpora);
        this.words = words;
        this.wordQueries = new WordQueries(analysis);

        stopwords.setId("wordlist-stopwords");
        stopwords.setLabel(getTranslation("stopwords.include"));
        stopwords.setValue(true);
        minFreq.setId("wordlist-minfreq");
        minFreq.setLabel(getTranslation("wordlist.min-freq"));
        minFreq.setMin(1);
        minFreq.setValue(1);
        minFreq.setStepButtonsVisible(true);
        minFreq.addClassName("narrow-field");
        filter.setId("wordlist-filter");
        filter.setLabel(getTranslation("wordlist.filter"));
        filter.setTooltipText(getTranslation("wordlist.filter.help"));
        filter.setClearButtonVisible(true);
        Texts.autoDirection(filter);
        filter.addKeyPressListener(Key.ENTER, e -> submit());
        submitOnEnter(this::submit, minFreq);
        run.setId("wordlist-run");
        run.setText(getTranslation("action.run"));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> submit());
        buckwalter.setId("wordlist-buckwalter");
        buckwalter.setLabel(getTranslation("buckwalter.toggle"));
        buckwalter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        summary.setId("wordlist-summary");
        summary.addClassName("result-summary");

        grid.setId("wordlist-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        var align = Texts.numberAlign(rtl());
        grid.addColumn(r -> Texts.integer(r.rank()))
                .setHeader("rank")
                .setKey("rank")
                .setTextAlign(align)
                .setWidth("5rem")
                .setFlexGrow(0);
        grid.addColumn(TextCells.word(WordRow::word, buckwalter::getValue))
                .setHeader("word")
                .setKey("word")
                .setFlexGrow(2);
        grid.addColumn(r -> Texts.integer(r.freq()))
                .setHeader("freq")
                .setKey("freq")
                .setTextAlign(align);
        grid.addColumn(r -> Texts.decimal(r.perMillion(), 1))
                .setHeader("per_million")
                .setKey("per_million")
                .setTextAlign(align);
        grid.addColumn(r -> Texts.integer(r.range()))
                .setHeader("range")
                .setKey("range")
                .setTextAlign(align);
        grid.addColumn(r -> Texts.decimal(r.dp(), 3))
                .setHeader("dp")
                .setKey("dp")
                .setTextAlign(align);
        grid.addColumn(r -> Texts.decimal(r.dpNorm(), 3))
                .setHeader("dp_norm")
                .setKey("dp_norm")
                .setTextAlign(align);
        grid.addColumn(new ComponentRenderer<>(r -> Texts.word(String.join(" ", r.forms()), buckwalter.getValue())))
                .setHeader("forms")
                .setKey("forms");
        grid.getColumns().forEach(c -> c.setTooltipGenerator(r -> getTranslation("wordlist.column." + c.getKey())));
        ColumnHeaders.apply(grid, key -> getTranslation("wordlist.column." + key));
        // numbers are never cut: a column is as wide as its figures, and a narrow screen scrolls the table sideways
        grid.getColumns().stream()
                .filter(c -> !"word".equals(c.getKey()))
                .forEach(c -> c.setAutoWidth(true).setFlexGrow(0));
        grid.addItemClickListener(e -> openConcordance(e.getItem()));

        Div results = new Div(summary, csv, buckwalter);
        results.addClassName("result-bar");
        add(new Controls(level, minFreq, filter, stopwords, run));
        addStatusArea();
        add(results, grid);
    }

    private void submit() {
        go(baseState()
                .with("level", level.getValue().key())
                .with("stopwords", stopwords.getValue())
                .with("minFreq", minFreq.getValue())
                .with("filter", filter.getValue()));
    }

    @Override
    protected void show(UrlState s) {
        level.setValue(s.level(Level.NORM));
        stopwords.setValue(s.flag("stopwords", true));
        number(s, "minFreq", 1, 1, Integer.MAX_VALUE, minFreq);
        filter.setValue(s.text("filter"));
        filter.setInvalid(false);
        WordListQuery q = new WordListQuery(
                s.corpus(),
                where(),
                level.getValue(),
                stopwords.getValue(),
                minFreq.getValue(),
                filter.getValue().isBlank() ? null : filter.getValue(),
                0,
                1);
        compute(() -> words.list(q), r -> showResult(q, r), this::showFailure);
    }

    private void showResult(WordListQuery q, WordListResult r) {
        var sum = r.summary();
        Texts.showParts(
                summary,
                getTranslation(
                        "wordlist.summary",
                        Texts.integer(sum.tokens()),
                        Texts.integer(sum.types()),
                        Texts.decimal(sum.ttr(), 4),
                        Texts.decimal(sum.sttr(), 4),
                        r.totalRows()));
        grid.setItems(page -> fetch(q, page.getOffset(), page.getLimit()), page -> r.totalRows());
        pointCsv(
                csv,
                "wordlist",
                UrlState.empty()
                        .with("level", q.level().key())
                        .with("stopwords", q.stopwords())
                        .with("minFreq", q.minFreq())
                        .with("filter", q.filter()));
    }

    private Stream<WordRow> fetch(WordListQuery q, int offset, int limit) {
        if (limit <= 0) {
            return Stream.empty();
        }
        return words
                .list(new WordListQuery(
                        q.corpusId(),
                        q.where(),
                        q.level(),
                        q.stopwords(),
                        q.minFreq(),
                        q.filter(),
                        offset,
                        Math.min(limit, WordListQuery.MAX_PAGE)))
                .rows()
                .stream();
    }

    private void showFailure(RuntimeException e) {
        grid.setItems(List.of());
        summary.setText("");
        if (e instanceof QueryException) {
            filter.setErrorMessage(message(e));
            filter.setInvalid(true);
        } else {
            showProblem(message(e));
        }
    }

    private void openConcordance(WordRow row) {
        Level at = state().level(Level.NORM);
        UI.getCurrent()
                .navigate(
                        ConcordanceView.class,
                        baseState()
                                .with("q", wordQueries.exact(row.word(), at))
                                .with("level", at.key())
                                .toQueryParameters());
    }
}
