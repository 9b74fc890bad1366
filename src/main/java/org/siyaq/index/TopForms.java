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
        return of(index, level, new int[] {type}).get(0);
    }

    /**
     * The forms of each of {@code types} (a page of rows), as {@link #of(CorpusIndex, Level, int)} gives
     * them, found in one pass over the forms: the cost is that of one type, not of one per row. Equal
     * frequencies keep the lower form id (code-point order) first.
     */
    public static List<List<String>> of(CorpusIndex index, Level level, int[] types) {
        if (level == Level.FORM) {
            return java.util.Collections.nCopies(types.length, List.of());
        }
        Lexicon lexicon = index.lexicon();
        int[] wanted = Arrays.stream(types).distinct().sorted().toArray();
        long[] isWanted = new long[(lexicon.typeCount(level) + 63) / 64];
        for (int t : wanted) {
            isWanted[t >>> 6] |= 1L << t;
        }
        // best[SHOWN * k + j]: the j-th most frequent form of wanted[k] so far, -1 for none yet
        int[] best = new int[SHOWN * wanted.length];
        Arrays.fill(best, -1);
        int[] table = lexicon.typeTable(level);
        for (int f = 0; f < table.length; f++) {
            int t = table[f];
            if ((isWanted[t >>> 6] & 1L << t) == 0) {
                continue;
            }
            int freq = index.formFreq(f);
            if (freq == 0) {
                continue;
            }
            int at = SHOWN * Arrays.binarySearch(wanted, t);
            // forms come in id order, so a form displaces only strictly rarer ones
            for (int j = 0; j < SHOWN; j++) {
                if (best[at + j] < 0 || freq > index.formFreq(best[at + j])) {
                    System.arraycopy(best, at + j, best, at + j + 1, SHOWN - 1 - j);
                    best[at + j] = f;
                    break;
                }
            }
        }
        List<List<String>> out = new ArrayList<>(types.length);
        for (int t : types) {
            int at = SHOWN * Arrays.binarySearch(wanted, t);
            List<String> forms = new ArrayList<>(SHOWN);
            for (int j = 0; j < SHOWN && best[at + j] >= 0; j++) {
                forms.add(lexicon.string(Level.FORM, lexicon.typeOf(Level.FORM, best[at + j])));
            }
            out.add(forms);
        }
        return out;
    }
}
