package org.siyaq.ui.keywords;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
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
import org.siyaq.keywords.KeywordTool;
import org.siyaq.security.Roles;
import org.siyaq.ui.BuckwalterSetting;
import org.siyaq.ui.BuiltFor;
import org.siyaq.ui.Controls;
import org.siyaq.ui.LazyRows;
import org.siyaq.ui.LevelSelect;
import org.siyaq.ui.OptionSelect;
import org.siyaq.ui.ResultTable;
import org.siyaq.ui.SubCorpusSelect;
import org.siyaq.ui.Texts;
import org.siyaq.ui.ToolView;
import org.siyaq.ui.UiLanguage;
import org.siyaq.ui.UrlState;
import org.siyaq.ui.WordQueries;

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
    private final IntegerField minFreq = numberField("minfreq", "keywords.min-freq", KeywordTool.MIN_FREQ);
    private final Checkbox stopwords = new Checkbox();
    private final OptionSelect<KeywordDirection> show = new OptionSelect<>();
    private final OptionSelect<KeywordMeasure> sort = new OptionSelect<>();
    private final ResultTable<KeywordRow> table = resultTable();
    /** What the reference picker and its documents were last filled for (a Run fills them again only when it changed). */
    private final BuiltFor referencesBuilt = new BuiltFor();

    private final BuiltFor referenceWhereBuilt = new BuiltFor();
    private final KeywordCloud cloud = new KeywordCloud(word -> openConcordance(word, false));

    public KeywordsView(CorpusRegistry corpora, KeywordService keywords, ArabicAnalysis analysis) {
        super("keywords", corpora);
        // its label ("in the target") is longer than the other tools' number fields: room for it whole
        minFreq.addClassName("wide-number-field");
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
        minFreq.setTooltipText(getTranslation("keywords.min-freq.help"));
        stopwords.setId("keywords-stopwords");
        stopwords.setLabel(getTranslation("stopwords.include"));
        stopwords.setValue(KeywordTool.STOPWORDS.fallback());
        show.setId("keywords-show");
        show.setLabel(getTranslation("keywords.show"));
        show.setItems(KeywordDirection.values());
        show.setItemLabelGenerator(d -> getTranslation("keywords.show." + d.key()));
        sort.setId("keywords-sort");
        sort.setLabel(getTranslation("keywords.sort"));
        sort.setItems(KeywordMeasure.values());
        sort.setItemLabelGenerator(KeywordMeasure::key);
        // a native button per row, drawn in the browser; its click does not open the target's lines too
        table.columns(KeywordTool.COLUMNS, key -> getTranslation("keywords.column." + key))
                .button(
                        "in_reference",
                        getTranslation("keywords.in-reference"),
                        getTranslation("keywords.column.in_reference"),
                        getTranslation("keywords.in-reference.button"),
                        r -> openConcordance(r.word(), true));
        table.onRow(r -> openConcordance(r.word(), false));

        add(new Controls(reference, referenceWhere, level, show, sort, minFreq, stopwords, runButton(this::submit)));
        addStatusArea();
        add(table.bar(), table.table(), cloud);
    }

    private void submit() {
        LoadedCorpus ref = reference.getValue();
        go(baseState()
                .with(KeywordTool.REFERENCE, ref == null || ref.id().equals(state().corpus()) ? null : ref.id())
                .with(KeywordTool.REFERENCE_WHERE, referenceWhere.getValue())
                .with(KeywordTool.LEVEL, level.getValue())
                .with(KeywordTool.SHOW, show.getValue())
                .with(KeywordTool.SORT, sort.getValue())
                .with(KeywordTool.MIN_FREQ, minFreq.getValue())
                .with(KeywordTool.STOPWORDS, stopwords.getValue()));
    }

    @Override
    protected void show(UrlState s) {
        List<LoadedCorpus> visible = corpora.visibleTo(Roles.isInstructor());
        // the same corpora again would reset the picker in the browser on every Run (issue 15)
        if (referencesBuilt.changedFor(visible)) {
            reference.setItems(visible);
        }
        String refId = s.text(KeywordTool.REFERENCE.name(), s.corpus());
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
            refWhere = KeywordTool.REFERENCE_WHERE.read(s.text(KeywordTool.REFERENCE_WHERE.name()));
        } catch (IllegalArgumentException e) {
            showProblem(e.getMessage());
            return;
        }
        showReferenceDocuments(ref, refWhere);
        KeywordQuery q = KeywordTool.query(s.corpus(), where(), ref.id(), s, 0, LazyRows.FIRST_PAGE);
        level.setValue(q.level());
        show.setValue(q.show());
        sort.setValue(q.sort());
        minFreq.setValue(q.minFreq());
        stopwords.setValue(q.stopwords());
        if (!ref.id().equals(s.corpus()) || where() != null || refWhere != null) {
            compute(() -> keywords.keywords(q), r -> showResult(q, r), this::showFailure);
        } else {
            table.clear();
            cloud.show(null, s);
            table.summary(getTranslation("keywords.choose"));
        }
    }

    /** The reference's documents: "the rest" of this corpus, or all of another one, or one of its sub-corpora. */
    private void showReferenceDocuments(LoadedCorpus ref, DocumentFilter current) {
        if (referenceWhereBuilt.changed(ref, current, BuckwalterSetting.on(state()))) {
            referenceWhere.show(ref, current);
        }
        boolean same = ref.id().equals(state().corpus());
        referenceWhere.setPlaceholder(getTranslation(same ? "keywords.reference-where.rest" : "where.all"));
    }

    private void showResult(KeywordQuery q, KeywordResult r) {
        table.show(
                getTranslation("keywords.summary", r.targetTokens(), r.referenceTokens(), r.totalRows()),
                r.totalRows(),
                r.rows(),
                (offset, limit) -> keywords.keywords(q.page(offset, limit)).rows());
        cloud.show(q, state());
        pointCsv(table.csv(), "keywords", KeywordTool.parameters(q));
    }

    private void showFailure(RuntimeException e) {
        cloud.show(null, state());
        table.clear();
        showProblem(message(e));
    }

    /**
     * The word's concordance in the target (its corpus and documents), or in the reference: another
     * corpus with its documents, or, for the rest of this corpus, every document outside the target's
     * ({@code where=!field:value}, the complement).
     */
    private void openConcordance(String word, boolean inReference) {
        UrlState s = state();
        Level at = s.get(KeywordTool.LEVEL);
        String referenceCorpus = s.text(KeywordTool.REFERENCE.name(), s.corpus());
        String referenceWhere = s.text(KeywordTool.REFERENCE_WHERE.name());
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
        openConcordance(target, wordQueries.exact(word, at), at);
    }
}
