package org.siyaq.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.siyaq.analysis.Level;

/**
 * The most frequent written forms of a type at a level above {@code form} (the root قول as قال، يقول،
 * القول), so that a row keyed by a norm, stem, lemma or root shows real words. Frequencies are those of
 * the index given (a sub-corpus's own index counts only its documents).
 */
public final class TopForms {

    /** How many forms a row shows. */
    public static final int SHOWN = 3;

    private TopForms() {}

    /** Up to {@link #SHOWN} forms of {@code type} at {@code level}, most frequent first; empty at {@code form}. */
    public static List<String> of(CorpusIndex index, Level level, int type) {
        if (level == Level.FORM) {
            return List.of();
        }
        Lexicon lexicon = index.lexicon();
        int[] forms = lexicon.formsOf(level, type);
        Integer[] order = new Integer[forms.length];
        for (int i = 0; i < forms.length; i++) {
            order[i] = forms[i];
        }
        Arrays.sort(order, (a, b) -> Integer.compare(index.formFreq(b), index.formFreq(a)));
        List<String> out = new ArrayList<>(SHOWN);
        for (int i = 0; i < order.length && out.size() < SHOWN; i++) {
            if (index.formFreq(order[i]) > 0) {
                out.add(lexicon.string(Level.FORM, lexicon.typeOf(Level.FORM, order[i])));
            }
        }
        return out;
    }
}
