package org.siyaq.ui.collocation;

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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.siyaq.analysis.Level;
import org.siyaq.collocation.CollocateRow;
import org.siyaq.collocation.CollocationMeasure;
import org.siyaq.collocation.CollocationQuery;
import org.siyaq.collocation.CollocationResult;
import org.siyaq.collocation.CollocationService;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.query.QueryError;
import org.siyaq.query.QueryException;
import org.siyaq.ui.ColumnHeaders;
import org.siyaq.ui.Controls;
import org.siyaq.ui.LevelSelect;
import org.siyaq.ui.TextCells;
import org.siyaq.ui.Texts;
import org.siyaq.ui.ToolView;
import org.siyaq.ui.UrlState;
import org.siyaq.ui.concordance.ConcordanceView;

/**
 * Collocates of a node in a window before and after it, with the contingency counts and every
 * association measure of {@code statistics.md}; the user picks the measure to sort by and reads what
 * it favours. A click on a collocate opens the node's concordance lines that have it in the window.
 */
@AnonymousAllowed
@Menu(title = "nav.collocates", order = 3)
@Route("collocates")
public class CollocationView extends ToolView {

    static final int DEFAULT_WINDOW = 5;
    static final int DEFAULT_MIN = 2;

    private final CollocationService collocations;

    private final TextField query = new TextField();
    private final LevelSelect level = new LevelSelect("collocates-level");
    private final IntegerField left = new IntegerField();
    private final IntegerField right = new IntegerField();
    private final IntegerField minFreq = new IntegerField();
    private final IntegerField minCollocateFreq = new IntegerField();
    private final Checkbox stopwords = new Checkbox();
    private final Select<CollocationMeasure> measure = new Select<>();
    private final Button run = new Button();
    private final Checkbox buckwalter = new Checkbox();
    private final Span summary = new Span();
    private final Grid<CollocateRow> grid = new Grid<>();
    private final Anchor csv = csvLink();
    private final CollocationNetwork network = new CollocationNetwork();

    public CollocationView(CorpusRegistry corpora, CollocationService collocations) {
        super("collocates", corpora);
        this.collocations = collocations;

        query.setId("collocates-query");
        query.setLabel(getTranslation("collocates.node"));
        query.setTooltipText(getTranslation("concordance.query.syntax"));
        query.setClearButtonVisible(true);
        query.addClassName("query-field");
        Texts.autoDirection(query);
        query.addKeyPressListener(Key.ENTER, e -> submit());
        csvFollows(query);
        submitOnEnter(this::submit, left, right, minFreq, minCollocateFreq);
        window(left, "collocates-left", "collocates.left");
        window(right, "collocates-right", "collocates.right");
        minimum(minFreq, "collocates-minfreq", "collocates.min-o11");
        minimum(minCollocateFreq, "collocates-mincollocatefreq", "collocates.min-c1");
        minFreq.setTooltipText(measureText("O11"));
        minCollocateFreq.setTooltipText(measureText("C1"));
        stopwords.setId("collocates-stopwords");
        stopwords.setLabel(getTranslation("stopwords.include"));
        stopwords.setValue(true);

        measure.setId("collocates-measure");
        measure.setLabel(getTranslation("collocates.measure"));
        measure.setItems(CollocationMeasure.values());
        measure.setItemLabelGenerator(CollocationMeasure::key);
        measure.setRenderer(new ComponentRenderer<>(m -> {
            Div item = new Div(new Span(m.key()));
            Span help = measureHelp(m.key());
            help.addClassName("option-help");
            item.add(help);
            return item;
        }));
        measure.addValueChangeListener(e -> {
            explainMeasure();
            if (e.isFromClient() && !query.getValue().isBlank()) {
                submit();
            }
        });
        measure.setValue(CollocationMeasure.LOG_LIKELIHOOD);
        measure.addClassName("measure-select");

        run.setId("collocates-run");
        run.setText(getTranslation("action.run"));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> submit());
        buckwalter.setId("collocates-buckwalter");
        buckwalter.setLabel(getTranslation("buckwalter.toggle"));
        buckwalter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        summary.setId("collocates-summary");
        summary.addClassName("result-summary");

        grid.setId("collocates-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(TextCells.word(CollocateRow::word, buckwalter::getValue))
                .setHeader("word")
                .setKey("word")
                .setWidth("9rem")
                .setFlexGrow(1)
                .setFrozen(true);
        ColumnTextAlign align = Texts.numberAlign(rtl());
        integer("O11", CollocateRow::o11, align);
        decimal("E11", CollocateRow::e11, 2, align);
        integer("C1", CollocateRow::c1, align);
        decimal("mi", CollocateRow::mi, 2, align);
        decimal("mi3", CollocateRow::mi3, 2, align);
        decimal("t_score", CollocateRow::tScore, 2, align);
        decimal("z_score", CollocateRow::zScore, 2, align);
        decimal("log_likelihood", CollocateRow::logLikelihood, 2, align);
        decimal("log_dice", CollocateRow::logDice, 2, align);
        decimal("dice", CollocateRow::dice, 4, align);
        decimal("delta_p", CollocateRow::deltaP, 4, align);
        decimal("log_ratio", CollocateRow::logRatio, 2, align);
        decimal("p_value", CollocateRow::pValue, 4, align);
        grid.addColumn(TextCells.word(r -> String.join(" ", r.forms()), buckwalter::getValue))
                .setHeader("forms")
                .setKey("forms")
                .setAutoWidth(true);
        ColumnHeaders.apply(
                grid,
                key -> "word".equals(key) || "forms".equals(key)
                        ? getTranslation("wordlist.column." + key)
                        : measureText(key));
        grid.addItemClickListener(e -> openConcordance(e.getItem()));

        Div results = new Div(summary, csv, buckwalter);
        results.addClassName("result-bar");
        add(new Controls(query, level, left, right, minFreq, minCollocateFreq, measure, stopwords, run));
        addStatusArea();
        add(results, grid, network);
    }

    private void window(IntegerField field, String id, String key) {
        field.setId(id);
        field.setLabel(getTranslation(key));
        field.setMin(0);
        field.setMax(CollocationQuery.MAX_WINDOW);
        field.setValue(DEFAULT_WINDOW);
        field.setStepButtonsVisible(true);
        field.addClassName("narrow-field");
    }

    private void minimum(IntegerField field, String id, String key) {
        field.setId(id);
        field.setLabel(getTranslation(key));
        field.setMin(1);
        field.setValue(DEFAULT_MIN);
        field.setStepButtonsVisible(true);
        field.addClassName("narrow-field");
    }

    private void integer(String key, java.util.function.ToIntFunction<CollocateRow> value, ColumnTextAlign align) {
        grid.addColumn(r -> Texts.integer(value.applyAsInt(r)))
                .setHeader(key)
                .setKey(key)
                .setTextAlign(align)
                .setTooltipGenerator(r -> measureText(key))
                .setAutoWidth(true);
    }

    private void decimal(String key, ToDoubleFunction<CollocateRow> value, int digits, ColumnTextAlign align) {
        grid.addColumn(r -> Texts.decimal(value.applyAsDouble(r), digits))
                .setHeader(key)
                .setKey(key)
                .setTextAlign(align)
                .setTooltipGenerator(r -> measureText(key))
                .setAutoWidth(true);
    }

    private void explainMeasure() {
        CollocationMeasure m = measure.getValue();
        measure.setHelperComponent(m == null ? null : measureHelp(m.key()));
        measure.setTooltipText(m == null ? null : measureText(m.key()));
    }

    /** The measure's formula (always left to right, so its parentheses stay in place) and what it favours. */
    private Span measureHelp(String key) {
        Span formula = new Span(getTranslation("measure." + key + ".formula"));
        formula.getElement().setAttribute("dir", "ltr");
        formula.addClassName("formula");
        Span help = new Span(formula, new Span(" — " + getTranslation("measure." + key)));
        help.addClassName("measure-help");
        return help;
    }

    private String measureText(String key) {
        return getTranslation("measure." + key + ".formula") + " — " + getTranslation("measure." + key);
    }

    private void submit() {
        if (query.getValue().isBlank()) {
            showFailure(new QueryException(QueryError.EMPTY, ""));
            return;
        }
        go(baseState()
                .with("q", query.getValue())
                .with("level", level.getValue().key())
                .with("left", left.getValue())
                .with("right", right.getValue())
                .with("minFreq", minFreq.getValue())
                .with("minCollocateFreq", minCollocateFreq.getValue())
                .with("stopwords", stopwords.getValue())
                .with("sort", measure.getValue().key()));
    }

    @Override
    protected void show(UrlState s) {
        query.setValue(s.text("q"));
        level.setValue(s.level(Level.NORM));
        number(s, "left", DEFAULT_WINDOW, 0, CollocationQuery.MAX_WINDOW, left);
        number(s, "right", DEFAULT_WINDOW, 0, CollocationQuery.MAX_WINDOW, right);
        number(s, "minFreq", DEFAULT_MIN, 1, Integer.MAX_VALUE, minFreq);
        number(s, "minCollocateFreq", DEFAULT_MIN, 1, Integer.MAX_VALUE, minCollocateFreq);
        stopwords.setValue(s.flag("stopwords", true));
        measure.setValue(s.choice("sort", CollocationMeasure::parse, CollocationMeasure.LOG_LIKELIHOOD));
        query.setInvalid(false);
        if (query.getValue().isBlank()) {
            network.show(null, s);
            grid.setItems(List.of());
            summary.setText("");
            return;
        }
        CollocationQuery q;
        try {
            q = new CollocationQuery(
                    s.corpus(),
                    where(),
                    query.getValue(),
                    level.getValue(),
                    left.getValue(),
                    right.getValue(),
                    minFreq.getValue(),
                    minCollocateFreq.getValue(),
                    stopwords.getValue(),
                    measure.getValue(),
                    0,
                    1);
        } catch (IllegalArgumentException e) {
            showProblem(message(e));
            return;
        }
        compute(() -> collocations.collocates(q), r -> showResult(q, r), this::showFailure);
    }

    private void showResult(CollocationQuery q, CollocationResult r) {
        Texts.showParts(
                summary,
                getTranslation(
                        "collocates.summary",
                        r.nodeFreq(),
                        Texts.integer(r.regionSize()),
                        Texts.integer(r.tokens()),
                        r.totalRows()));
        grid.setItems(page -> fetch(q, page.getOffset(), page.getLimit()), page -> r.totalRows());
        grid.scrollToStart();
        network.show(q, state());
        pointCsv(
                csv,
                "collocates",
                UrlState.empty()
                        .with("q", q.query())
                        .with("level", q.level().key())
                        .with("left", q.left())
                        .with("right", q.right())
                        .with("minFreq", q.minO11())
                        .with("minCollocateFreq", q.minC1())
                        .with("stopwords", q.stopwords())
                        .with("sort", q.sort().key()));
    }

    private Stream<CollocateRow> fetch(CollocationQuery q, int offset, int limit) {
        if (limit <= 0) {
            return Stream.empty();
        }
        return collocations
                .collocates(new CollocationQuery(
                        q.corpusId(),
                        q.where(),
                        q.query(),
                        q.level(),
                        q.left(),
                        q.right(),
                        q.minO11(),
                        q.minC1(),
                        q.stopwords(),
                        q.sort(),
                        offset,
                        Math.min(limit, CollocationQuery.MAX_PAGE)))
                .rows()
                .stream();
    }

    private void showFailure(RuntimeException e) {
        network.show(null, state());
        grid.setItems(List.of());
        summary.setText("");
        if (e instanceof QueryException) {
            query.setErrorMessage(message(e));
            query.setInvalid(true);
        } else {
            showProblem(message(e));
        }
    }

    private void openConcordance(CollocateRow row) {
        UrlState s = state();
        UI.getCurrent()
                .navigate(
                        ConcordanceView.class,
                        baseState()
                                .with("q", s.text("q"))
                                .with("level", s.level(Level.NORM).key())
                                .with("coll", row.word())
                                .with("left", s.integer("left", DEFAULT_WINDOW, 0, CollocationQuery.MAX_WINDOW))
                                .with("right", s.integer("right", DEFAULT_WINDOW, 0, CollocationQuery.MAX_WINDOW))
                                .toQueryParameters());
    }
}
