package org.siyaq.ui.wordlist;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.ui.Controls;
import org.siyaq.ui.LazyRows;
import org.siyaq.ui.LevelSelect;
import org.siyaq.ui.ResultTable;
import org.siyaq.ui.Texts;
import org.siyaq.ui.ToolView;
import org.siyaq.ui.UrlState;
import org.siyaq.ui.WordQueries;
import org.siyaq.ui.analysis.WordLookup;
import org.siyaq.ui.analysis.WordPanel;
import org.siyaq.wordlist.WordListQuery;
import org.siyaq.wordlist.WordListResult;
import org.siyaq.wordlist.WordListService;
import org.siyaq.wordlist.WordListTool;
import org.siyaq.wordlist.WordRow;

/**
 * The frequency table at a level with every column of {@code statistics.md} (rank, freq, per million,
 * range, DP, normalized DP) and the type/token summary; a click on a row opens its concordance, a click on its word (or one of its forms) the word panel.
 */
@AnonymousAllowed
@Menu(title = "nav.wordlist", order = 2)
@Route("wordlist")
public class WordListView extends ToolView {

    private final WordListService words;
    private final WordQueries wordQueries;

    private final LevelSelect level = new LevelSelect("wordlist-level");
    private final Checkbox stopwords = new Checkbox();
    private final IntegerField minFreq = numberField("minfreq", "wordlist.min-freq", WordListTool.MIN_FREQ);
    private final TextField filter = new TextField();
    private final ResultTable<WordRow> table = resultTable();
    private final WordListSorting sorting;

    public WordListView(CorpusRegistry corpora, WordListService words, ArabicAnalysis analysis) {
        super("wordlist", corpora);
        this.words = words;
        this.wordQueries = new WordQueries(analysis);

        stopwords.setId("wordlist-stopwords");
        stopwords.setLabel(getTranslation("stopwords.include"));
        stopwords.setValue(WordListTool.STOPWORDS.fallback());
        filter.setId("wordlist-filter");
        filter.setLabel(getTranslation("wordlist.filter"));
        filter.setTooltipText(getTranslation("wordlist.filter.help"));
        filter.setClearButtonVisible(true);
        Texts.autoDirection(filter);
        filter.addKeyPressListener(Key.ENTER, e -> submit());
        submitOnEnter(this::submit, minFreq);

        table.columns(WordListTool.COLUMNS, key -> getTranslation("wordlist.column." + key));
        table.onRow(this::openConcordance);
        // a click on a word (the row's, or one of its forms) opens its analysis instead
        WordPanel panel = new WordPanel(analysis, this::baseState);
        table.onWord(
                "word",
                (row, click) -> panel.open(WordLookup.row(state().get(WordListTool.LEVEL), row.word(), row.forms())));
        table.onWord("forms", (row, click) -> panel.open(WordLookup.word(click.wordOf(String.join(" ", row.forms())))));
        sorting = new WordListSorting(
                table,
                "wordlist-retrograde",
                sort -> go(state().with(
                                WordListTool.SORT,
                                sort.isRankOrder() ? null : sort.key().param())
                        .with(WordListTool.ORDER, sort.isRankOrder() ? null : sort.order())));

        add(new Controls(level, minFreq, filter, stopwords, sorting.retrograde(), runButton(this::submit)));
        addStatusArea();
        add(table.bar(), table.table());
    }

    private void submit() {
        go(baseState()
                .with(WordListTool.LEVEL, level.getValue())
                .with(WordListTool.STOPWORDS, stopwords.getValue())
                .with(WordListTool.MIN_FREQ, minFreq.getValue())
                .with(WordListTool.FILTER, filter.getValue())
                .with(WordListTool.SORT, state().get(WordListTool.SORT))
                .with(WordListTool.ORDER, state().get(WordListTool.ORDER)));
    }

    @Override
    protected void show(UrlState s) {
        WordListQuery q;
        try {
            q = WordListTool.query(s.corpus(), where(), s, 0, LazyRows.FIRST_PAGE);
        } catch (InvalidRequestException e) {
            showFailure(e);
            return;
        }
        sorting.show(q.sort());
        level.setValue(q.level());
        stopwords.setValue(q.stopwords());
        number(s, WordListTool.MIN_FREQ, minFreq);
        filter.setValue(s.get(WordListTool.FILTER));
        filter.setInvalid(false);
        compute(() -> words.list(q), r -> showResult(q, r), this::showFailure);
    }

    private void showResult(WordListQuery q, WordListResult r) {
        var sum = r.summary();
        table.show(
                getTranslation(
                        "wordlist.summary",
                        sum.tokens(),
                        sum.types(),
                        Texts.decimal(sum.ttr(), 4),
                        Texts.decimal(sum.sttr(), 4),
                        r.totalRows()),
                r.totalRows(),
                r.rows(),
                (offset, limit) -> words.list(q.page(offset, limit)).rows());
        pointCsv(table.csv(), "wordlist", WordListTool.parameters(q));
    }

    private void showFailure(RuntimeException e) {
        table.clear();
        showFailure(e, filter);
    }

    private void openConcordance(WordRow row) {
        var at = state().get(WordListTool.LEVEL);
        openConcordance(baseState(), wordQueries.exact(row.word(), at), at);
    }
}
