package org.siyaq.ui.concordance;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.script.Buckwalter;
import org.siyaq.concordance.CollocateFilter;
import org.siyaq.concordance.ConcordanceQuery;
import org.siyaq.concordance.ConcordanceService;
import org.siyaq.concordance.ConcordanceTool;
import org.siyaq.concordance.DocumentHits;
import org.siyaq.concordance.KwicLine;
import org.siyaq.concordance.KwicOptions;
import org.siyaq.concordance.KwicSort;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.query.QueryError;
import org.siyaq.query.QueryException;
import org.siyaq.ui.BuckwalterSetting;
import org.siyaq.ui.Controls;
import org.siyaq.ui.CorpusText;
import org.siyaq.ui.LazyRows;
import org.siyaq.ui.LevelSelect;
import org.siyaq.ui.OptionSelect;
import org.siyaq.ui.QueryExamples;
import org.siyaq.ui.Texts;
import org.siyaq.ui.ToolView;
import org.siyaq.ui.UiLanguage;
import org.siyaq.ui.UrlState;
import org.siyaq.ui.analysis.WordLookup;
import org.siyaq.ui.analysis.WordPanel;
import org.siyaq.ui.documents.DocumentView;

/**
 * Keyword in context: the query's matches, each between the text before it (on the right, in Arabic
 * reading order) and after it, with the hit count, a per-document distribution and a CSV export. With
 * {@code coll}, only the lines whose window holds that collocate (opened from the collocates table).
 */
@AnonymousAllowed
@Menu(title = "nav.concordance", order = 1)
@Route("concordance")
@RouteAlias("")
public class ConcordanceView extends ToolView {

    private final ConcordanceService concordances;
    private final CollocateFilter collocateFilter;

    private final TextField query = new TextField();
    private final LevelSelect level = new LevelSelect("concordance-level");
    private final IntegerField context = numberField("context", "concordance.context", ConcordanceTool.CONTEXT);
    private final OptionSelect<KwicSort> sort = new OptionSelect<>();
    private final OptionSelect<Integer> sentences = CqlControls.sentences();
    private final Checkbox buckwalter = new Checkbox();
    private final Span summary = new Span();
    private final Div filterNote = new Div();
    /** Under the count while a collocate filter is on: why the lines are not the collocate's O11. */
    private final Span countNote = new Span();

    private final KwicTable table = new KwicTable();
    private final DistributionDetails distribution = new DistributionDetails();
    private final DispersionPlot dispersion = new DispersionPlot();
    private final MetadataChart byMetadata = new MetadataChart();
    private final Anchor csv = csvLink();
    private final LineChoices lines = new LineChoices(this::go);

    public ConcordanceView(
            CorpusRegistry corpora,
            ConcordanceService concordances,
            CollocateFilter collocateFilter,
            ArabicAnalysis analysis) {
        super("concordance", corpora);
        this.concordances = concordances;
        this.collocateFilter = collocateFilter;

        query.setId("concordance-query");
        query.setLabel(getTranslation("concordance.query"));
        query.setTooltipText(getTranslation("concordance.query.syntax"));
        query.setHelperComponent(QueryExamples.of(
                getTranslation("concordance.query.examples.label"), getTranslation("concordance.query.examples")));
        query.setClearButtonVisible(true);
        query.addClassName("query-field");
        Texts.autoDirection(query);
        query.addKeyPressListener(Key.ENTER, e -> submit());
        csvFollows(query);
        submitOnEnter(this::submit, context);

        sentences.addValueChangeListener(e -> context.setEnabled(e.getValue() == null || e.getValue() == 0));

        sort.setId("concordance-sort");
        sort.setLabel(getTranslation("concordance.sort"));
        sort.setItems(KwicSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("sort." + s.key()));
        sort.setValue(ConcordanceTool.SORT.fallback());
        sort.addValueChangeListener(e -> {
            if (e.isFromClient() && !query.getValue().isBlank()) {
                submit();
            }
        });

        lines.onChange(() -> {
            if (!query.getValue().isBlank()) {
                submit();
            }
        });
        submitOnEnter(this::submit, lines.sample());

        buckwalterBox(buckwalter);
        buckwalter.setId("concordance-buckwalter");
        buckwalter.setLabel(getTranslation("buckwalter.toggle"));
        buckwalter.addValueChangeListener(e -> {
            updateHeader();
            table.redraw();
        });

        summary.setId("concordance-summary");
        summary.addClassName("result-summary");
        filterNote.setId("concordance-collocate-filter");
        filterNote.addClassName("filter-note");
        filterNote.setVisible(false);
        countNote.setId("concordance-collocate-overlap");
        countNote.addClassNames("option-help", "count-note");
        countNote.setText(getTranslation("concordance.collocate-count"));
        countNote.setVisible(false);

        // a plain table of the page's lines, not a virtualising grid: its row pool and forced layouts were most of the
        // browser's work for a Run (issue 15, seventh session)
        table.setId("concordance-grid");
        table.addClassName("kwic-grid");
        table.showing(this::shown, this::lineDirection);
        updateHeader();
        table.onRow(this::openDocument);
        // a student hides a line judged irrelevant; the click opens no document
        table.onHide(lines::hide);
        // a click on the keyword opens its analysis instead of the document
        WordPanel panel = new WordPanel(analysis, this::baseState);
        table.onWord((l, click) -> panel.open(WordLookup.word(click.wordOf(l.node()))));
        table.setEmptyText(getTranslation("concordance.empty"));

        Div results = new Div(summary, csv, buckwalter, countNote);
        results.addClassName("result-bar");
        add(
                new Controls(
                        query,
                        level,
                        context,
                        sentences,
                        sort,
                        lines.thenBy(),
                        lines.sample(),
                        runButton(this::submit)),
                CqlControls.help(this::runQuery),
                filterNote,
                lines.note());
        addStatusArea();
        add(results, table, distribution, dispersion, byMetadata);
    }

    private String shown(String text) {
        return buckwalter.getValue() ? Buckwalter.transliterate(text) : text;
    }

    /** Arabic lines run right to left (before on the right); a transliteration or a Latin node runs left to right. */
    private String lineDirection(KwicLine line) {
        return buckwalter.getValue() ? "ltr" : Texts.direction(line.node());
    }

    private void updateHeader() {
        table.columns(
                getTranslation("concordance.before"),
                getTranslation("concordance.node"),
                getTranslation("concordance.after"),
                buckwalter.getValue() ? "ltr" : "rtl",
                getTranslation("concordance.document"),
                getTranslation("concordance.column.hide"),
                getTranslation("concordance.hide-line"));
    }

    private void submit() {
        if (query.getValue().isBlank()) {
            showFailure(new QueryException(QueryError.EMPTY, ""));
            return;
        }
        UrlState next = baseState()
                .with(ConcordanceTool.QUERY, query.getValue())
                .with(ConcordanceTool.LEVEL, level.getValue())
                .with(ConcordanceTool.CONTEXT, context.getValue())
                .with(ConcordanceTool.SENTENCES, CqlControls.param(sentences));
        boolean sameQuery = query.getValue().strip().equals(state().get(ConcordanceTool.QUERY))
                && level.getValue() == state().get(ConcordanceTool.LEVEL);
        go(lines.next(next, sort.getValue(), sameQuery));
    }

    private void runQuery(String cql) {
        query.setValue(cql);
        submit();
    }

    @Override
    protected void show(UrlState s) {
        query.setValue(s.get(ConcordanceTool.QUERY));
        level.setValue(s.get(ConcordanceTool.LEVEL));
        number(s, ConcordanceTool.CONTEXT, context);
        sort.setValue(s.get(ConcordanceTool.SORT));
        lines.show(s);
        sentences.setValue(s.get(ConcordanceTool.SENTENCES));
        query.setInvalid(false);
        Optional<CollocateFilter.Window> collocate = ConcordanceTool.collocate(s);
        showFilterNote(collocate);
        if (query.getValue().isBlank()) {
            clearResults();
            return;
        }
        ConcordanceQuery q = ConcordanceTool.query(s.corpus(), where(), s, 0, LazyRows.FIRST_PAGE);
        if (collocate.isEmpty()) {
            compute(
                    () -> {
                        var first = concordances.search(q);
                        int hits = q.options().isNone()
                                ? first.total()
                                : concordances
                                        .search(q.withOptions(KwicOptions.NONE).page(0, 1))
                                        .total();
                        return new Outcome(
                                q,
                                first.total(),
                                hits,
                                first.documents(),
                                () -> concordances.distribution(q.corpusId(), q.where(), q.query(), q.level()),
                                first.lines(),
                                false);
                    },
                    this::showOutcome,
                    this::showFailure);
        } else {
            compute(
                    () -> {
                        List<KwicLine> lines = collocateFilter.lines(q, collocate.get());
                        List<DocumentHits> perDocument = collocateFilter.distribution(q, lines);
                        int documents = (int)
                                perDocument.stream().filter(d -> d.hits() > 0).count();
                        return new Outcome(q, lines.size(), lines.size(), documents, () -> perDocument, lines, true);
                    },
                    this::showOutcome,
                    this::showFailure);
        }
    }

    private record Outcome(
            ConcordanceQuery query,
            int total,
            int hits,
            int documents,
            Supplier<List<DocumentHits>> distribution,
            List<KwicLine> first,
            boolean filtered) {}

    private void showOutcome(Outcome o) {
        summary.setText(getTranslation("concordance.summary", o.total(), o.documents()));
        lines.showNote(o.total(), o.hits());
        // "press Run" only before the first Run: a Run that finds nothing says so
        table.setEmptyText(getTranslation("concordance.none"));
        UrlState csvParameters = UrlState.empty().with(ConcordanceTool.parameters(o.query()));
        if (!o.filtered()) {
            table.show(o.total(), o.first(), (offset, limit) -> fetch(o.query(), offset, limit));
        } else {
            // the lines with the collocate are all read already: the grid pages through that list
            List<KwicLine> all = o.first();
            table.show(all.size(), all, (offset, limit) -> all.subList(offset, Math.min(offset + limit, all.size())));
            csvParameters = csvParameters
                    .with(ConcordanceTool.COLLOCATE, state().get(ConcordanceTool.COLLOCATE))
                    .with(ConcordanceTool.LEFT, state().get(ConcordanceTool.LEFT))
                    .with(ConcordanceTool.RIGHT, state().get(ConcordanceTool.RIGHT));
        }
        pointCsv(csv, "concordance", csvParameters);
        distribution.offer(o.distribution());
        dispersion.show(o.filtered() ? null : o.query(), state());
        byMetadata.show(o.filtered() ? null : o.query(), state());
    }

    private List<KwicLine> fetch(ConcordanceQuery q, int offset, int limit) {
        return concordances
                .search(q.page(offset, Math.min(limit, ConcordanceQuery.MAX_PAGE)))
                .lines();
    }

    private void showFailure(RuntimeException e) {
        clearResults();
        showFailure(e, query);
    }

    private void clearResults() {
        summary.setText("");
        table.clear();
        table.setEmptyText(getTranslation("concordance.empty"));
        distribution.clear();
        dispersion.show(null, state());
        byMetadata.show(null, state());
        csv.setEnabled(false);
        csv.removeHref();
    }

    private void showFilterNote(Optional<CollocateFilter.Window> collocate) {
        filterNote.removeAll();
        filterNote.setVisible(collocate.isPresent());
        countNote.setVisible(collocate.isPresent());
        if (collocate.isEmpty()) {
            return;
        }
        CollocateFilter.Window window = collocate.get();
        filterNote.add(
                new Span(getTranslation("concordance.collocate-filter", window.left(), window.right()) + " "),
                CorpusText.span(window.word()));
        Button remove = new Button(
                getTranslation("concordance.collocate-filter.remove"),
                e -> go(state().with(ConcordanceTool.COLLOCATE, null)
                        .with(ConcordanceTool.LEFT, null)
                        .with(ConcordanceTool.RIGHT, null)));
        remove.setId("concordance-collocate-filter-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        filterNote.add(remove);
    }

    private void openDocument(KwicLine line) {
        // the query goes along, so the reader marks every hit of it
        DocumentView.open(
                state().only(UrlState.CORPUS, UrlState.WHERE, UiLanguage.PARAM, BuckwalterSetting.PARAM, "q", "level"),
                line.docId(),
                line.nodeStart(),
                line.nodeEnd());
    }
}
