package org.siyaq.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyNotifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.siyaq.analysis.Level;
import org.siyaq.concordance.ConcordanceTool;
import org.siyaq.corpus.CorpusNotFoundException;
import org.siyaq.corpus.CorpusNotReadyException;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.corpus.DocumentNotFoundException;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.query.QueryException;
import org.siyaq.query.QueryExecutor;
import org.siyaq.query.QueryTimeoutException;
import org.siyaq.query.ServerBusyException;
import org.siyaq.security.Roles;
import org.siyaq.tool.Param;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What every tool page shares: its title and one-line purpose, its state read from the URL on each
 * navigation, the documents it looks at ({@code where}: all, or a sub-corpus), a progress bar while a
 * query runs off the request thread, error messages in the UI language, and a CSV link to the HTTP API.
 */
public abstract class ToolView extends VerticalLayout
        implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ToolView.class);
    /** The concordance's route (named, not imported: the tool views depend on this class, not it on them). */
    private static final String CONCORDANCE_ROUTE = "concordance";

    protected final CorpusRegistry corpora;
    private final String tool;
    private final ProgressBar progress = new ProgressBar();
    private final Span problem = new Span();
    private final Span fallBackNote = new Span();
    private final AboutCorpus about;
    private final Paragraph purpose;
    private final QueryHistory history;
    private final SubCorpusSelect documents;
    private final List<Anchor> csvLinks = new ArrayList<>();
    private UrlState state = UrlState.empty();
    private String path = "";
    private final List<com.vaadin.flow.component.checkbox.Checkbox> buckwalterBoxes = new ArrayList<>();
    /** The state as the page read it: out-of-range numbers put in range (written back to the address). */
    private UrlState taken = UrlState.empty();

    /** What the corpus notes and the choice of documents were last built for: a Run rebuilds them only when it changed. */
    private final BuiltFor aboutBuilt = new BuiltFor();

    private final BuiltFor documentsBuilt = new BuiltFor();

    private int generation;
    private QueryExecutor executor;
    private QueryExecutor.Running running;

    protected ToolView(String tool, CorpusRegistry corpora) {
        this.tool = tool;
        this.corpora = corpora;
        setId(tool + "-view");
        addClassName("tool-view");
        // the page's one level-one heading: the tool's name (the app's name in the bar is not a heading)
        H1 title = new H1(getTranslation(tool + ".title"));
        title.addClassName("tool-title");
        purpose = new Paragraph(getTranslation(tool + ".purpose"));
        purpose.addClassName("tool-purpose");
        purpose.setId(tool + "-purpose");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setId(tool + "-progress");
        problem.setId(tool + "-problem");
        problem.addClassName("problem");
        problem.setVisible(false);
        documents = new SubCorpusSelect(tool + "-where");
        documents.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.with(
                        UrlState.WHERE,
                        e.getValue() == null ? null : e.getValue().toParameter()));
            }
        });
        fallBackNote.setId(tool + "-corpus-gone");
        fallBackNote.addClassName("filter-note");
        fallBackNote.setVisible(false);
        about = new AboutCorpus(tool + "-about");
        history = new QueryHistory(tool + "-history");
        // the corpus notes, the history and the choice of documents share one row, so the first results fit the screen
        com.vaadin.flow.component.html.Div context = new com.vaadin.flow.component.html.Div(about, history, documents);
        context.addClassName("tool-context");
        add(title, purpose, fallBackNote, context);
    }

    /** The shared query pool (set by Spring when it creates the view). */
    @Autowired
    void setQueryExecutor(QueryExecutor executor) {
        this.executor = executor;
    }

    /**
     * Makes {@code box} show and keep the page's Buckwalter setting ({@link BuckwalterSetting}): set from the
     * address or the session on every navigation; a user's click goes into the session and the address.
     */
    protected void buckwalterBox(com.vaadin.flow.component.checkbox.Checkbox box) {
        buckwalterBoxes.add(box);
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                BuckwalterSetting.remember(e.getValue());
                BuckwalterSetting.show(e.getValue());
                buckwalterBoxes.forEach(other -> other.setValue(e.getValue()));
                CorpusText.changed(this);
                state = state.with(BuckwalterSetting.PARAM, e.getValue());
                taken = taken.with(BuckwalterSetting.PARAM, e.getValue());
                UI.getCurrent()
                        .getPage()
                        .getHistory()
                        .replaceState(null, new Location(path, state.toQueryParameters()));
            }
        });
    }

    /** A Buckwalter toggle for a page without a result table, {@code <tool>-buckwalter}, that keeps the setting. */
    protected com.vaadin.flow.component.checkbox.Checkbox buckwalterToggle() {
        var box = new com.vaadin.flow.component.checkbox.Checkbox(getTranslation("buckwalter.toggle"));
        box.setId(tool + "-buckwalter");
        box.addClassName("buckwalter-toggle");
        buckwalterBox(box);
        return box;
    }

    /** Adds the progress bar and the problem line where the subclass wants them. */
    protected void addStatusArea() {
        add(progress, problem);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = UrlState.of(event.getLocation().getQueryParameters());
        path = event.getLocation().getPath();
        boolean transliterated = BuckwalterSetting.on(state);
        BuckwalterSetting.show(transliterated);
        if (!state.text(BuckwalterSetting.PARAM).isEmpty()) {
            // a link with the setting in it: the pages opened from this one keep it, also those whose links do not name
            // it
            BuckwalterSetting.remember(transliterated);
        }
        buckwalterBoxes.forEach(box -> box.setValue(transliterated));
        problem.setVisible(false);
        disableCsv();
        taken = state;
        if (transliterated && state.text(BuckwalterSetting.PARAM).isEmpty()) {
            // the session's setting is written into the address, so that a reload and Back keep it too
            taken = taken.with(BuckwalterSetting.PARAM, true);
        }
        showFallBack(CorpusMemory.takeFallBack());
        if (!corpora.isVisibleTo(state.corpus(), Roles.isInstructor()) && !OwnTextSession.owns(state.corpus())) {
            fallBack(event);
            return;
        }
        corpora.find(state.corpus()).ifPresent(c -> {
            // a Run on the same corpus rebuilds neither the notes nor the choice of documents (issue 15)
            if (aboutBuilt.changed(c.info(), transliterated)) {
                about.show(c.info());
            }
        });
        if (choosesDocuments() && !showDocumentChoice()) {
            return;
        }
        show(state);
    }

    /**
     * A corpus that is gone (deleted, or hidden by the instructor): the same page on the bundled corpus,
     * with a note naming the corpus as the student knew it.
     */
    private void fallBack(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        CorpusMemory.fellBack(CorpusMemory.name(state.corpus()));
        event.forwardTo(
                path.startsWith("documents/") ? "documents" : path,
                state.with(UrlState.CORPUS, null).with(UrlState.WHERE, null).toQueryParameters());
    }

    private void showFallBack(java.util.Optional<String> gone) {
        fallBackNote.setVisible(gone.isPresent());
        gone.ifPresent(name -> fallBackNote.setText(getTranslation("corpus.gone", Texts.isolate(name))));
    }

    /** Fills the choice of documents from the URL; a {@code where} that selects nothing is shown as the problem instead. */
    private boolean showDocumentChoice() {
        try {
            DocumentFilter where = where();
            if (where != null) {
                corpus().ordinalsMatching(where);
            }
            if (documentsBuilt.changed(corpus(), where, BuckwalterSetting.on(state))) {
                documents.show(corpus(), where);
            }
            return true;
        } catch (IllegalArgumentException e) {
            documentsBuilt.forget();
            documents.show(corpus(), null);
            showProblem(e.getMessage());
            return false;
        }
    }

    /** Whether the page offers the choice of documents (a page about one document does not). */
    protected boolean choosesDocuments() {
        return true;
    }

    /**
     * The documents the page's query looks at, from the URL's {@code where}: {@code null} for all.
     *
     * @throws IllegalArgumentException when {@code where} is not {@code field:value}
     */
    protected DocumentFilter where() {
        return DocumentFilter.parse(state.text(UrlState.WHERE));
    }

    /**
     * Fills {@code field} with the parameter {@code param} of {@code s}, put within its range; a value that
     * had to be changed (or was not a number) is said so under the field and corrected in the address.
     */
    protected int number(UrlState s, Param<Integer> param, IntegerField field) {
        return number(s, param.name(), param.fallback(), param.min(), param.max(), field);
    }

    /** A number field for {@code param}: its range, its default, step buttons; {@code <tool>-<id>}, labelled by message {@code labelKey}. */
    protected IntegerField numberField(String id, String labelKey, Param<Integer> param) {
        IntegerField field = new IntegerField();
        field.setId(tool + "-" + id);
        field.setLabel(getTranslation(labelKey));
        field.setMin(param.min());
        if (param.max() != Integer.MAX_VALUE) {
            field.setMax(param.max());
        }
        field.setValue(param.fallback());
        field.setStepButtonsVisible(true);
        field.addClassName("narrow-field");
        return field;
    }

    /** The page's run button, {@code <tool>-run}. */
    protected Button runButton(Runnable submit) {
        Button run = new Button(getTranslation("action.run"), e -> submit.run());
        run.setId(tool + "-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return run;
    }

    /** The page's result table, with its summary line, CSV link and Buckwalter toggle. */
    protected <R> ResultTable<R> resultTable() {
        ResultTable<R> table = new ResultTable<>(tool, csvLink(), rtl());
        buckwalterBox(table.buckwalterBox());
        return table;
    }

    /** Shows why a query failed: a query error under {@code queryField}, anything else as the page's problem. */
    protected void showFailure(RuntimeException e, TextField queryField) {
        if (e instanceof QueryException) {
            queryField.setErrorMessage(message(e));
            queryField.setInvalid(true);
        } else {
            showProblem(message(e));
        }
    }

    /** Opens the concordance of {@code query} at {@code level}, in the corpus and documents {@code target} names. */
    protected void openConcordance(UrlState target, String query, Level level) {
        UI.getCurrent()
                .navigate(
                        CONCORDANCE_ROUTE,
                        target.with(ConcordanceTool.QUERY, query)
                                .with(ConcordanceTool.LEVEL, level)
                                .toQueryParameters());
    }

    /**
     * Fills {@code field} with the whole number {@code name} of {@code s}, put within {@code [min, max]}; a value
     * that had to be changed (or was not a number) is said so under the field and corrected in the address.
     */
    protected int number(UrlState s, String name, int fallback, int min, int max, IntegerField field) {
        int value = s.integer(name, fallback, min, max);
        String given = s.text(name);
        boolean changed = !given.isEmpty() && !given.equals(String.valueOf(value));
        field.setValue(value);
        field.setHelperText(
                !changed
                        ? null
                        : max == Integer.MAX_VALUE
                                ? getTranslation("number.at-least", Texts.integer(min), given, Texts.integer(value))
                                : getTranslation(
                                        "number.between",
                                        Texts.integer(min),
                                        Texts.integer(max),
                                        given,
                                        Texts.integer(value)));
        if (changed) {
            taken = taken.with(name, value);
        }
        return value;
    }

    /** Enter in any of {@code fields} runs the query, as it does in the query box. */
    protected void submitOnEnter(Runnable submit, KeyNotifier... fields) {
        for (KeyNotifier field : fields) {
            field.addKeyPressListener(Key.ENTER, e -> submit.run());
        }
    }

    /** Writes the numbers the page actually used into the address, so that it stays true (no new history entry). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (!taken.equals(state)) {
            state = taken;
            UI.getCurrent()
                    .getPage()
                    .getHistory()
                    .replaceState(null, new Location(event.getLocation().getPath(), state.toQueryParameters()));
        }
        String own = java.net.URLDecoder.decode(
                state.with(UrlState.CORPUS, null)
                        .with(UrlState.WHERE, null)
                        .with(UiLanguage.PARAM, null)
                        .queryString(),
                java.nio.charset.StandardCharsets.UTF_8);
        String q = state.text("q");
        String what = q.isEmpty() ? own.replace('&', ' ') : q;
        history.record(
                event.getLocation().getPath(),
                state,
                !choosesDocuments() || what.isBlank() ? "" : getTranslation(tool + ".title") + ": " + what);
    }

    /** Replaces the page's one-line purpose (when it depends on the state, as the reader's does). */
    protected void setPurpose(String text) {
        purpose.setText(text);
    }

    /** Fills the controls from {@code state} and runs the query it describes, if any. */
    protected abstract void show(UrlState state);

    public UrlState state() {
        return state;
    }

    protected LoadedCorpus corpus() {
        return corpora.get(state.corpus());
    }

    /** Opens this page with a new state (a history entry, so Back returns to the previous query). */
    protected void go(UrlState next) {
        UI.getCurrent().navigate(getClass(), next.toQueryParameters());
    }

    /** The state every link keeps: the corpus, the documents and the language. */
    protected UrlState baseState() {
        return state.only(UrlState.CORPUS, UrlState.WHERE, UiLanguage.PARAM, BuckwalterSetting.PARAM);
    }

    protected boolean rtl() {
        return UiLanguage.isArabic(getLocale());
    }

    /**
     * Runs {@code work} on the shared query pool with the progress bar showing, then hands its result
     * (or its failure) to the UI thread: in the response to the request that asked for it when the query is
     * done within {@link FastAnswer#WAIT_MS}, else by push. A newer run cancels the one before it, and so does
     * leaving the page or closing the tab ({@link #onDetach}); a result that was overtaken is dropped.
     */
    protected <T> void compute(Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        UI ui = UI.getCurrent();
        cancelRunning();
        int run = ++generation;
        progress.setVisible(true);
        problem.setVisible(false);
        disableCsv();
        FastAnswer answer = new FastAnswer();
        try {
            running = executor.submit(work, (result, error) -> {
                try {
                    FastAnswer.hand(ui, () -> {
                        if (run != generation) {
                            return;
                        }
                        running = null;
                        progress.setVisible(false);
                        if (error == null) {
                            done.accept(result);
                        } else {
                            failed.accept(error);
                        }
                    });
                } finally {
                    answer.handed();
                }
            });
            // a fast query's result then goes out with this request's response (issue 15)
            answer.await(ui);
        } catch (ServerBusyException busy) {
            progress.setVisible(false);
            failed.accept(busy);
        }
    }

    private void cancelRunning() {
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    /** Leaving the page or closing the tab stops the query it was waiting for. */
    @Override
    protected void onDetach(DetachEvent event) {
        cancelRunning();
        generation++;
        progress.setVisible(false);
        super.onDetach(event);
    }

    /** A message for the user in the UI language; never a stack trace. */
    protected String message(RuntimeException e) {
        return switch (e) {
            case QueryException q -> q.message(rtl());
            case QueryTimeoutException t -> getTranslation("error.timeout");
            case ServerBusyException b -> getTranslation("error.busy");
            case CorpusNotReadyException r -> getTranslation("error.not-ready", state.corpus());
            case CorpusNotFoundException n ->
                getTranslation("error.corpus.gone", Texts.isolate(CorpusMemory.name(state.corpus())));
            case DocumentNotFoundException d -> getTranslation("error.document");
            case InvalidRequestException i -> i.message(rtl());
            case IllegalArgumentException a -> a.getMessage();
            default -> {
                log.error("Unexpected failure in the {} view", tool, e);
                yield getTranslation("error.unexpected");
            }
        };
    }

    /** Shows a message under the controls (for problems that belong to no single field). */
    protected void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
        disableCsv();
    }

    /**
     * Turns the CSV links off until a new result points them again ({@link #pointCsv}): while a query
     * runs, after an error, and once {@code box} is emptied, a download would give the previous result.
     */
    protected void disableCsv() {
        csvLinks.forEach(link -> link.setEnabled(false));
    }

    /** Emptying {@code box} (the query the result answers) turns the CSV links off. */
    protected void csvFollows(HasValue<?, String> box) {
        box.addValueChangeListener(e -> {
            if (e.getValue() == null || e.getValue().isBlank()) {
                disableCsv();
            }
        });
    }

    /** A download link to the API's CSV for this tool; point it with {@link #pointCsv}. */
    protected Anchor csvLink() {
        Anchor csv = new Anchor("", getTranslation("csv.export"));
        csv.setId("csv-export");
        csv.setDownload(true);
        csv.setRouterIgnore(true);
        csv.addClassName("csv-export");
        csv.setEnabled(false);
        csvLinks.add(csv);
        return csv;
    }

    /** Points {@code csv} at the API's CSV of {@code table} with a tool's {@code parameters}, for the page's documents. */
    protected void pointCsv(Anchor csv, String table, Map<String, String> parameters) {
        pointCsv(csv, table, UrlState.empty().with(parameters));
    }

    /** Points {@code csv} at {@code api/corpora/{corpus}/{table}?{params}&format=csv}, for the page's documents. */
    protected void pointCsv(Anchor csv, String table, UrlState params) {
        csv.setHref(ApiLinks.csv(state.corpus(), table, params.with(UrlState.WHERE, state.text(UrlState.WHERE))));
        csv.setEnabled(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(tool + ".title") + " · " + getTranslation("app.name");
    }
}
