package org.siyaq.ui.concordance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.siyaq.concordance.ConcordanceTool;
import org.siyaq.concordance.KwicLine;
import org.siyaq.concordance.KwicOptions;
import org.siyaq.concordance.KwicSort;
import org.siyaq.concordance.LineId;
import org.siyaq.ui.OptionSelect;
import org.siyaq.ui.Texts;
import org.siyaq.ui.UrlState;

/**
 * The concordance's choices of lines beyond the query, kept in the URL as the API reads them: a second
 * sort level ({@code sort=after1,after2}), a random sample ({@code sample}, {@code seed}) and the lines
 * a student hid ({@code hide=doc:position,…}), with a note saying what is shown and a way back to all.
 */
final class LineChoices {

    static final String SAMPLE = ConcordanceTool.SAMPLE.name();
    static final String SEED = ConcordanceTool.SEED.name();
    static final String HIDE = ConcordanceTool.HIDE.name();

    private final OptionSelect<KwicSort> thenBy = new OptionSelect<>();
    private final IntegerField sample = new IntegerField();
    private final Div note = new Div();
    private final Consumer<UrlState> go;
    private UrlState state = UrlState.empty();

    /** @param go opens the concordance with a changed state (a new history entry) */
    LineChoices(Consumer<UrlState> go) {
        this.go = go;
        thenBy.setId("concordance-sort2");
        thenBy.setLabel(thenBy.getTranslation("concordance.sort2"));
        thenBy.setItems(KwicSort.values());
        thenBy.setItemLabelGenerator(s -> s == KwicSort.CORPUS
                ? thenBy.getTranslation("concordance.sort2.none")
                : thenBy.getTranslation("sort." + s.key()));
        thenBy.setValue(KwicSort.CORPUS);
        sample.setId("concordance-sample");
        sample.setLabel(sample.getTranslation("concordance.sample"));
        sample.setPlaceholder(sample.getTranslation("concordance.sample.all"));
        sample.setMin(0);
        sample.setMax(KwicOptions.MAX_SAMPLE);
        sample.setTooltipText(sample.getTranslation("concordance.sample.help"));
        sample.addClassName("narrow-field");
        note.setId("concordance-lines-note");
        note.addClassName("filter-note");
        note.setVisible(false);
    }

    OptionSelect<KwicSort> thenBy() {
        return thenBy;
    }

    IntegerField sample() {
        return sample;
    }

    Div note() {
        return note;
    }

    /** Submits when the second sort level is changed by the user (as the first level does). */
    void onChange(Runnable submit) {
        thenBy.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                submit.run();
            }
        });
    }

    /** Fills the controls from the URL (read as {@link ConcordanceTool} reads it for the query). */
    void show(UrlState s) {
        state = s;
        List<KwicSort> levels = s.get(ConcordanceTool.SORT_LEVELS);
        thenBy.setValue(levels.size() > 1 ? levels.get(1) : KwicSort.CORPUS);
        int n = s.get(ConcordanceTool.SAMPLE);
        sample.setValue(n == 0 ? null : n);
    }

    /**
     * The next state from the controls: the sort levels written together, the sample with the seed it had
     * (a new seed for a new sample size, so each sample can be shared by its link), and the hidden lines
     * kept only while the query stays the same.
     */
    UrlState next(UrlState next, KwicSort first, boolean sameQuery) {
        KwicSort second = thenBy.getValue();
        String sort = first.key() + (second == null || second == KwicSort.CORPUS ? "" : "," + second.key());
        Integer n = sample.getValue() == null || sample.getValue() <= 0 ? null : sample.getValue();
        boolean sameSample = n != null && String.valueOf(n).equals(state.text(SAMPLE));
        String seed = n == null ? null : sameSample ? state.text(SEED) : String.valueOf(newSeed());
        return next.with("sort", sort).with(SAMPLE, n).with(SEED, seed).with(HIDE, sameQuery ? state.text(HIDE) : null);
    }

    private static long newSeed() {
        return ThreadLocalRandom.current().nextLong(1, 1_000_000);
    }

    /** Hides {@code line}: a new history entry, so Back shows it again. */
    void hide(KwicLine line) {
        Set<LineId> hidden = new HashSet<>(state.get(ConcordanceTool.HIDE));
        hidden.add(LineId.of(line));
        go.accept(state.with(HIDE, KwicOptions.writeHidden(hidden)));
    }

    /** Says what is shown when it is not every hit: the sample of how many, and the hidden lines with a way back. */
    void showNote(int shown, int hits) {
        note.removeAll();
        int n = state.get(ConcordanceTool.SAMPLE);
        int hidden = state.get(ConcordanceTool.HIDE).size();
        note.setVisible(n > 0 || hidden > 0);
        if (n > 0) {
            Span text = new Span(note.getTranslation(
                    "concordance.sample.note", Math.min(n, hits), Texts.integer(hits), state.text(SEED, "0")));
            text.setId("concordance-sample-note");
            Button again = new Button(
                    note.getTranslation("concordance.sample.again"),
                    e -> go.accept(state.with(SEED, String.valueOf(newSeed()))));
            again.setId("concordance-sample-again");
            again.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            note.add(text, again);
        }
        if (hidden > 0) {
            Span text = new Span(note.getTranslation("concordance.hidden.note", hidden, shown));
            text.setId("concordance-hidden-note");
            Button all =
                    new Button(note.getTranslation("concordance.hidden.show"), e -> go.accept(state.with(HIDE, null)));
            all.setId("concordance-hidden-show");
            all.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            note.add(text, all);
        }
    }
}
