package org.siyaq.ui.keywords;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.keywords.KeywordDirection;
import org.siyaq.keywords.KeywordMeasure;
import org.siyaq.keywords.KeywordQuery;
import org.siyaq.keywords.KeywordResult;
import org.siyaq.keywords.KeywordRow;
import org.siyaq.keywords.KeywordService;
import org.siyaq.security.Roles;
import org.siyaq.ui.Controls;
import org.siyaq.ui.LevelSelect;
import org.siyaq.ui.SubCorpusSelect;
import org.siyaq.ui.Texts;
import org.siyaq.ui.ToolView;
import org.siyaq.ui.UiLanguage;
import org.siyaq.ui.UrlState;
import org.siyaq.ui.WordQueries;
import org.siyaq.ui.concordance.ConcordanceView;

/**
 * Keywords ({@code statistics.md}, "Keywords"): the page's corpus or sub-corpus against a reference,
 * another corpus or the rest of this one, with every keyness column. A click on a word opens its
 * concordance in the target; the row's second action opens it in the reference.
 */
@AnonymousAllowed
@Menu(title = "nav.keywords", order = 4)
@Route("keywords")
public class KeywordsView extends ToolView {

    private final KeywordService keywords;
    private final WordQueries wordQueries;

    private final ComboBox<LoadedCorpus> reference = new ComboBox<>();
    private final SubCorpusSelect referenceWhere = new SubCorpusSelect("keywords-reference-where");
    private final LevelSelect level = new LevelSelect("keywords-level");
    private final IntegerField minFreq = new IntegerField();
    private final Checkbox stopwords = new Checkbox();
    private final Select<KeywordDirection> show = new Select<>();
    private final Select<KeywordMeasure> sort = new Select<>();
    private final Button run = new Button();
    private final Checkbox buckwalter = new Checkbox();
    private final Span summary = new Span();
    private final Grid<KeywordRow> grid = new Grid<>();
    private final Anchor csv = csvLink();
    private final KeywordCloud cloud = new KeywordCloud(word -> openConcordance(word, false));

    public KeywordsView(CorpusRegistry corpora, KeywordService keywords, ArabicAnalysis analysis) {
        super("keywords", corpora);
        this.keywords = keywords;
        this.wordQueries = new WordQueries(analysis);

        reference.setId("keywords-reference");
        reference.setLabel(getTranslation("keywords.reference.label"));
        reference.setTooltipText(getTranslation("keywords.reference.help"));
        reference.setItemLabelGenerator(c -> Texts.isolate(c.info().name()));
        reference.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                showReferenceDocuments(e.getValue(), null);
            }
        });
        referenceWhere.setLabel(getTranslation("keywords.reference-where.label"));
        minFreq.setId("keywords-minfreq");
        minFreq.setLabel(getTranslation("keywords.min-freq"));
        minFreq.setTooltipText(getTranslation("keywords.min-freq.help"));
        minFreq.setMin(0);
        minFreq.setValue(1);
        minFreq.setStepButtonsVisible(true);
        minFreq.addClassName("narrow-field");
        stopwords.setId("keywords-stopwords");
        stopwords.setLabel(getTranslation("stopwords.include"));
        stopwords.setValue(true);
        show.setId("keywords-show");
        show.setLabel(getTranslation("keywords.show"));
        show.setItems(KeywordDirection.values());
        show.setItemLabelGenerator(d -> getTranslation("keywords.show." + d.key()));
        sort.setId("keywords-sort");
        sort.setLabel(getTranslation("keywords.sort"));
        sort.setItems(KeywordMeasure.values());
        sort.setItemLabelGenerator(KeywordMeasure::key);
        run.setId("keywords-run");
        run.setText(getTranslation("action.run"));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> submit());
        buckwalter.setId("keywords-buckwalter");
        buckwalter.setLabel(getTranslation("buckwalter.toggle"));
        buckwalter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        summary.setId("keywords-summary");
        summary.addClassName("result-summary");

        grid.setId("keywords-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        var align = Texts.numberAlign(rtl());
        grid.addColumn(new ComponentRenderer<>(r -> Texts.word(r.word(), buckwalter.getValue())))
                .setHeader("word")
                .setKey("word")
                .setFlexGrow(2);
        grid.addColumn(r -> Texts.integer(r.freq()))
                .setHeader("freq")
                .setKey("freq")
                .setTextAlign(align);
        grid.addColumn(r -> Texts.integer(r.freqRef()))
                .setHeader("freq_ref")
                .setKey("freq_ref")
                .setTextAlign(align);
        grid.addColumn(r -> Texts.decimal(r.perMillion(), 1))
                .setHeader("per_million")
                .setKey("per_million")
                .setTextAlign(align);
        grid.addColumn(r -> Texts.decimal(r.perMillionRef(), 1))
                .setHeader("per_million_ref")
                .setKey("per_million_ref")
                .setTextAlign(align);
        grid.addColumn(r -> Texts.decimal(r.logLikelihood(), 2))
                .setHeader("log_likelihood")
                .setKey("log_likelihood")
                .setTextAlign(align);
        grid.addColumn(r -> Texts.decimal(r.logRatio(), 2))
                .setHeader("log_ratio")
                .setKey("log_ratio")
                .setTextAlign(align);
        grid.addColumn(r -> percent(r.percentDiff()))
                .setHeader("percent_diff")
                .setKey("percent_diff")
                .setTextAlign(align);
        grid.addColumn(r -> Texts.decimal(r.pValue(), 4))
                .setHeader("p_value")
                .setKey("p_value")
                .setTextAlign(align);
        grid.addColumn(new ComponentRenderer<>(this::inReferenceButton))
                .setHeader(getTranslation("keywords.in-reference"))
                .setKey("in_reference")
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.getColumns().forEach(c -> c.setTooltipGenerator(r -> getTranslation("keywords.column." + c.getKey())));
        grid.addItemClickListener(e -> {
            if (!"in_reference"
                    .equals(e.getColumn() == null ? null : e.getColumn().getKey())) {
                openConcordance(e.getItem().word(), false);
            }
        });

        Div results = new Div(summary, csv, buckwalter);
        results.addClassName("result-bar");
        add(new Controls(reference, referenceWhere, level, show, sort, minFreq, stopwords, run));
        addStatusArea();
        add(results, grid, cloud);
    }

    /** A percentage; the huge ones a zero reference frequency gives (1e-18 put for it) in scientific notation. */
    static String percent(double x) {
        return Math.abs(x) >= 1e6 ? String.format(Locale.ROOT, "%.2e", x) : Texts.decimal(x, 1);
    }

    private Button inReferenceButton(KeywordRow row) {
        Button button =
                new Button(getTranslation("keywords.in-reference.button"), e -> openConcordance(row.word(), true));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.addClassName("keywords-in-reference");
        return button;
    }

    private void submit() {
        LoadedCorpus ref = reference.getValue();
        go(baseState()
                .with("reference", ref == null || ref.id().equals(state().corpus()) ? null : ref.id())
                .with(
                        "referenceWhere",
                        referenceWhere.getValue() == null
                                ? null
                                : referenceWhere.getValue().toParameter())
                .with("level", level.getValue().key())
                .with("show", show.getValue().key())
                .with("sort", sort.getValue().key())
                .with("minFreq", minFreq.getValue())
                .with("stopwords", stopwords.getValue()));
    }

    @Override
    protected void show(UrlState s) {
        List<LoadedCorpus> visible = corpora.visibleTo(Roles.isInstructor());
        reference.setItems(visible);
        String refId = s.text("reference", s.corpus());
        LoadedCorpus ref =
                visible.stream().filter(c -> c.id().equals(refId)).findFirst().orElse(null);
        if (ref == null) {
            reference.clear();
            showProblem(getTranslation("error.corpus", refId));
            return;
        }
        reference.setValue(ref);
        DocumentFilter refWhere;
        try {
            refWhere = DocumentFilter.parse(s.text("referenceWhere"));
        } catch (IllegalArgumentException e) {
            showProblem(e.getMessage());
            return;
        }
        showReferenceDocuments(ref, refWhere);
        level.setValue(s.level(Level.NORM));
        show.setValue(s.choice("show", KeywordDirection::parse, KeywordDirection.BOTH));
        sort.setValue(s.choice("sort", KeywordMeasure::parse, KeywordMeasure.LOG_LIKELIHOOD));
        minFreq.setValue(s.integer("minFreq", 1, 0, Integer.MAX_VALUE));
        stopwords.setValue(s.flag("stopwords", true));
        if (!ref.id().equals(s.corpus()) || where() != null || refWhere != null) {
            KeywordQuery q = query(s, ref.id(), refWhere, 0, 1);
            compute(() -> keywords.keywords(q), r -> showResult(q, r), this::showFailure);
        } else {
            grid.setItems(List.of());
            cloud.show(null, s);
            summary.setText(getTranslation("keywords.choose"));
        }
    }

    /** The reference's documents: "the rest" of this corpus, or all of another one, or one of its sub-corpora. */
    private void showReferenceDocuments(LoadedCorpus ref, DocumentFilter current) {
        referenceWhere.show(ref, current);
        boolean same = ref.id().equals(state().corpus());
        referenceWhere.setPlaceholder(getTranslation(same ? "keywords.reference-where.rest" : "where.all"));
    }

    private KeywordQuery query(UrlState s, String refId, DocumentFilter refWhere, int offset, int limit) {
        return new KeywordQuery(
                s.corpus(),
                where(),
                refId,
                refWhere,
                level.getValue(),
                stopwords.getValue(),
                minFreq.getValue(),
                show.getValue(),
                sort.getValue(),
                offset,
                limit);
    }

    private void showResult(KeywordQuery q, KeywordResult r) {
        Texts.showParts(
                summary,
                getTranslation(
                        "keywords.summary",
                        Texts.integer(r.targetTokens()),
                        Texts.integer(r.referenceTokens()),
                        Texts.integer(r.totalRows())));
        grid.setItems(page -> fetch(q, page.getOffset(), page.getLimit()), page -> r.totalRows());
        cloud.show(q, state());
        pointCsv(
                csv,
                "keywords",
                UrlState.empty()
                        .with("reference", q.referenceId())
                        .with(
                                "referenceWhere",
                                q.referenceWhere() == null
                                        ? null
                                        : q.referenceWhere().toParameter())
                        .with("level", q.level().key())
                        .with("show", q.show().key())
                        .with("sort", q.sort().key())
                        .with("minFreq", q.minFreq())
                        .with("stopwords", q.stopwords()));
    }

    private Stream<KeywordRow> fetch(KeywordQuery q, int offset, int limit) {
        if (limit <= 0) {
            return Stream.empty();
        }
        return keywords
                .keywords(new KeywordQuery(
                        q.corpusId(),
                        q.where(),
                        q.referenceId(),
                        q.referenceWhere(),
                        q.level(),
                        q.stopwords(),
                        q.minFreq(),
                        q.show(),
                        q.sort(),
                        offset,
                        Math.min(limit, KeywordQuery.MAX_PAGE)))
                .rows()
                .stream();
    }

    private void showFailure(RuntimeException e) {
        cloud.show(null, state());
        grid.setItems(List.of());
        summary.setText("");
        showProblem(message(e));
    }

    /**
     * The word's concordance in the target (its corpus and documents), or in the reference: another
     * corpus with its documents, or, for the rest of this corpus, every document outside the target's
     * ({@code where=!field:value}, the complement).
     */
    private void openConcordance(String word, boolean inReference) {
        UrlState s = state();
        Level at = s.level(Level.NORM);
        String referenceCorpus = s.text("reference", s.corpus());
        String referenceWhere = s.text("referenceWhere");
        DocumentFilter targetWhere = where();
        if (referenceCorpus.equals(s.corpus()) && referenceWhere.isEmpty() && targetWhere != null) {
            referenceWhere = targetWhere.complement().toParameter();
        }
        UrlState target = inReference
                ? UrlState.empty()
                        .with(UrlState.CORPUS, referenceCorpus)
                        .with(UrlState.WHERE, referenceWhere)
                        .with(UiLanguage.PARAM, s.text(UiLanguage.PARAM))
                : baseState();
        UI.getCurrent()
                .navigate(
                        ConcordanceView.class,
                        target.with("q", wordQueries.exact(word, at))
                                .with("level", at.key())
                                .toQueryParameters());
    }
}
