package org.siyaq.ui.ngram;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.ngram.NGramQuery;
import org.siyaq.ngram.NGramResult;
import org.siyaq.ngram.NGramRow;
import org.siyaq.ngram.NGramService;
import org.siyaq.ngram.NGramTool;
import org.siyaq.ui.Controls;
import org.siyaq.ui.LazyRows;
import org.siyaq.ui.LevelSelect;
import org.siyaq.ui.ResultTable;
import org.siyaq.ui.Texts;
import org.siyaq.ui.ToolView;
import org.siyaq.ui.UrlState;
import org.siyaq.ui.WordQueries;

/** Recurrent sequences of n tokens (clusters) with frequency and range; a click opens their concordance. */
@AnonymousAllowed
@Menu(title = "nav.ngrams", order = 5)
@Route("ngrams")
public class NGramView extends ToolView {

    private final NGramService ngrams;
    private final WordQueries wordQueries;

    private final IntegerField n = numberField("n", "ngrams.n", NGramTool.N);
    private final LevelSelect level = new LevelSelect("ngrams-level");
    private final IntegerField minFreq = numberField("minfreq", "ngrams.min-freq", NGramTool.MIN_FREQ_ON_PAGE);
    private final TextField contains = new TextField();
    private final ResultTable<NGramRow> table = resultTable();

    public NGramView(CorpusRegistry corpora, NGramService ngrams, ArabicAnalysis analysis) {
        super("ngrams", corpora);
        this.ngrams = ngrams;
        this.wordQueries = new WordQueries(analysis);

        contains.setId("ngrams-contains");
        contains.setLabel(getTranslation("ngrams.contains"));
        contains.setTooltipText(getTranslation("concordance.query.syntax"));
        contains.setClearButtonVisible(true);
        Texts.autoDirection(contains);
        contains.addKeyPressListener(Key.ENTER, e -> submit());
        submitOnEnter(this::submit, n, minFreq);

        table.columns(NGramTool.COLUMNS, key -> getTranslation("ngrams.column." + key))
                .widen("ngram", 3);
        table.onRow(this::openConcordance);

        add(new Controls(n, level, minFreq, contains, runButton(this::submit)));
        addStatusArea();
        add(table.bar(), table.table());
    }

    private void submit() {
        go(baseState()
                .with(NGramTool.N, n.getValue())
                .with(NGramTool.LEVEL, level.getValue())
                .with(NGramTool.MIN_FREQ_ON_PAGE, minFreq.getValue())
                .with(NGramTool.CONTAINS, contains.getValue()));
    }

    @Override
    protected void show(UrlState s) {
        NGramQuery q = NGramTool.query(
                s.corpus(),
                where(),
                s.replacing(NGramTool.MIN_FREQ, NGramTool.MIN_FREQ_ON_PAGE),
                0,
                LazyRows.FIRST_PAGE);
        number(s, NGramTool.N, n);
        level.setValue(q.level());
        number(s, NGramTool.MIN_FREQ_ON_PAGE, minFreq);
        contains.setValue(s.get(NGramTool.CONTAINS));
        contains.setInvalid(false);
        compute(() -> ngrams.ngrams(q), r -> showResult(q, r), this::showFailure);
    }

    private void showResult(NGramQuery q, NGramResult r) {
        table.show(
                getTranslation("ngrams.summary", r.totalRows()),
                r.totalRows(),
                r.rows(),
                (offset, limit) -> ngrams.ngrams(q.page(offset, limit)).rows());
        pointCsv(table.csv(), "ngrams", NGramTool.parameters(q));
    }

    private void showFailure(RuntimeException e) {
        table.clear();
        showFailure(e, contains);
    }

    private void openConcordance(NGramRow row) {
        var at = state().get(NGramTool.LEVEL);
        openConcordance(baseState(), wordQueries.exactPhrase(row.ngram(), at), at);
    }
}
