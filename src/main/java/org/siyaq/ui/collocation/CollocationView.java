package org.siyaq.ui.collocation;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.siyaq.collocation.CollocateRow;
import org.siyaq.collocation.CollocationMeasure;
import org.siyaq.collocation.CollocationQuery;
import org.siyaq.collocation.CollocationResult;
import org.siyaq.collocation.CollocationService;
import org.siyaq.collocation.CollocationTool;
import org.siyaq.concordance.ConcordanceTool;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.query.QueryError;
import org.siyaq.query.QueryException;
import org.siyaq.ui.Controls;
import org.siyaq.ui.LazyRows;
import org.siyaq.ui.LevelSelect;
import org.siyaq.ui.OptionSelect;
import org.siyaq.ui.ResultTable;
import org.siyaq.ui.Texts;
import org.siyaq.ui.ToolView;
import org.siyaq.ui.UiLanguage;
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

    private static final char LEFT_TO_RIGHT_MARK = '\u200e';
    private static final char RIGHT_TO_LEFT_MARK = '\u200f';
    private static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';
    private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    private final CollocationService collocations;

    private final TextField query = new TextField();
    private final LevelSelect level = new LevelSelect("collocates-level");
    private final IntegerField left = numberField("left", "collocates.left", CollocationTool.LEFT);
    private final IntegerField right = numberField("right", "collocates.right", CollocationTool.RIGHT);
    private final IntegerField minFreq = numberField("minfreq", "collocates.min-o11", CollocationTool.MIN_FREQ);
    private final IntegerField minCollocateFreq =
            numberField("mincollocatefreq", "collocates.min-c1", CollocationTool.MIN_COLLOCATE_FREQ);
    private final Checkbox stopwords = new Checkbox();
    private final OptionSelect<CollocationMeasure> measure = new OptionSelect<>();
    private final ResultTable<CollocateRow> table = resultTable();
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
        minFreq.setTooltipText(measureText("O11"));
        minCollocateFreq.setTooltipText(measureText("C1"));
        stopwords.setId("collocates-stopwords");
        stopwords.setLabel(getTranslation("stopwords.include"));
        stopwords.setValue(CollocationTool.STOPWORDS.fallback());

        measure.setId("collocates-measure");
        measure.setLabel(getTranslation("collocates.measure"));
        measure.setItems(CollocationMeasure.values());
        measure.setItemLabelGenerator(m -> getTranslation("column." + m.key()));
        measure.setItemHelpGenerator(m -> measureLine(m.key()));
        measure.addValueChangeListener(e -> {
            explainMeasure();
            if (e.isFromClient() && !query.getValue().isBlank()) {
                submit();
            }
        });
        measure.setValue(CollocationTool.SORT.fallback());
        measure.addClassName("measure-select");

        table.columns(
                        CollocationTool.COLUMNS,
                        key -> "word".equals(key) || "forms".equals(key)
                                ? getTranslation("wordlist.column." + key)
                                : measureText(key))
                .freeze("word", "9rem");
        table.onRow(this::openConcordance);

        add(new Controls(
                query, level, left, right, minFreq, minCollocateFreq, measure, stopwords, runButton(this::submit)));
        addStatusArea();
        add(table.bar(), table.table(), network);
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

    /**
     * The measure's formula and what it favours as one line of the open list: the formula kept left to right
     * (a left-to-right isolate) and on one line (no-break spaces), as {@link #measureHelp} shows it under the field.
     */
    private String measureLine(String key) {
        String formula = getTranslation("measure." + key + ".formula").replace(' ', '\u00a0');
        // the line's own first strong character is the page's direction (the list draws it as dir=auto, which
        // would otherwise take the formula's Latin letters and run an Arabic line left to right)
        char page = UiLanguage.isArabic(getLocale()) ? RIGHT_TO_LEFT_MARK : LEFT_TO_RIGHT_MARK;
        return page + (LEFT_TO_RIGHT_ISOLATE + formula) + POP_DIRECTIONAL_ISOLATE + " — "
                + getTranslation("measure." + key);
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
                .with(CollocationTool.QUERY, query.getValue())
                .with(CollocationTool.LEVEL, level.getValue())
                .with(CollocationTool.LEFT, left.getValue())
                .with(CollocationTool.RIGHT, right.getValue())
                .with(CollocationTool.MIN_FREQ, minFreq.getValue())
                .with(CollocationTool.MIN_COLLOCATE_FREQ, minCollocateFreq.getValue())
                .with(CollocationTool.STOPWORDS, stopwords.getValue())
                .with(CollocationTool.SORT, measure.getValue()));
    }

    @Override
    protected void show(UrlState s) {
        query.setValue(s.get(CollocationTool.QUERY));
        level.setValue(s.get(CollocationTool.LEVEL));
        number(s, CollocationTool.LEFT, left);
        number(s, CollocationTool.RIGHT, right);
        number(s, CollocationTool.MIN_FREQ, minFreq);
        number(s, CollocationTool.MIN_COLLOCATE_FREQ, minCollocateFreq);
        stopwords.setValue(s.get(CollocationTool.STOPWORDS));
        measure.setValue(s.get(CollocationTool.SORT));
        query.setInvalid(false);
        if (query.getValue().isBlank()) {
            network.show(null, s);
            table.clear();
            return;
        }
        CollocationQuery q;
        try {
            q = CollocationTool.query(s.corpus(), where(), s, 0, LazyRows.FIRST_PAGE);
        } catch (IllegalArgumentException e) {
            showProblem(message(e));
            return;
        }
        compute(() -> collocations.collocates(q), r -> showResult(q, r), this::showFailure);
    }

    private void showResult(CollocationQuery q, CollocationResult r) {
        table.show(
                getTranslation("collocates.summary", r.nodeFreq(), r.regionSize(), r.tokens(), r.totalRows()),
                r.totalRows(),
                r.rows(),
                (offset, limit) ->
                        collocations.collocates(q.page(offset, limit)).rows());
        network.show(q, state());
        pointCsv(table.csv(), "collocates", CollocationTool.parameters(q));
    }

    private void showFailure(RuntimeException e) {
        network.show(null, state());
        table.clear();
        showFailure(e, query);
    }

    private void openConcordance(CollocateRow row) {
        UrlState s = state();
        // the lines show at least the window, so that every collocate they are kept for is there to be marked
        int window = Math.max(s.get(CollocationTool.LEFT), s.get(CollocationTool.RIGHT));
        UI.getCurrent()
                .navigate(
                        ConcordanceView.class,
                        baseState()
                                .with(ConcordanceTool.QUERY, s.get(CollocationTool.QUERY))
                                .with(ConcordanceTool.LEVEL, s.get(CollocationTool.LEVEL))
                                .with(ConcordanceTool.COLLOCATE, row.word())
                                .with(ConcordanceTool.LEFT, s.get(CollocationTool.LEFT))
                                .with(ConcordanceTool.RIGHT, s.get(CollocationTool.RIGHT))
                                .with(
                                        ConcordanceTool.CONTEXT,
                                        window > ConcordanceTool.CONTEXT.fallback() ? window : null)
                                .toQueryParameters());
    }
}
