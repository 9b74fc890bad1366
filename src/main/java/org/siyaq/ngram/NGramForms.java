package org.siyaq.ngram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.siyaq.analysis.Level;
import org.siyaq.index.CorpusIndex;
import org.siyaq.index.Lexicon;
import org.siyaq.index.TopForms;

/**
 * The most frequent written forms of an n-gram at a level above {@code form} (at {@code lemma}, قال الله as
 * قال الله، وقال الله، يقول الله), so that its row shows real words as the word list's rows do. The
 * occurrences are found through the postings of the n-gram's rarest word and checked word by word;
 * frequencies are those of the index given (the whole corpus or sub-corpus, not only the n-grams a
 * {@code contains} query kept). Only the rows shown or exported ask for them.
 */
final class NGramForms {

    private NGramForms() {}

    /** Up to {@link TopForms#SHOWN} written forms of the n-gram that occurs at {@code position}, most frequent first. */
    static List<String> of(CorpusIndex index, Level level, int position, int n) {
        if (level == Level.FORM) {
            return List.of();
        }
        Lexicon lexicon = index.lexicon();
        int[] types = new int[n];
        int rarest = 0;
        for (int k = 0; k < n; k++) {
            types[k] = index.typeAt(level, position + k);
            if (index.freq(level, types[k]) < index.freq(level, types[rarest])) {
                rarest = k;
            }
        }
        // counted by the forms' ids (one start per distinct spelling), written out once per spelling
        Map<List<Integer>, int[]> byForms = new HashMap<>();
        for (int p : index.positionsOfForms(lexicon.formsOf(level, types[rarest]))) {
            int start = p - rarest;
            if (start >= 0 && start + n <= index.size() && matches(index, level, types, start)) {
                byForms.computeIfAbsent(formIds(index, start, n), k -> new int[] {0, start})[0]++;
            }
        }
        Map<String, int[]> counts = new HashMap<>();
        for (int[] count : byForms.values()) {
            counts.merge(written(index, count[1], n), count, (a, b) -> new int[] {a[0] + b[0], a[1]});
        }
        List<Map.Entry<String, int[]>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort((a, b) -> a.getValue()[0] != b.getValue()[0]
                ? Integer.compare(b.getValue()[0], a.getValue()[0])
                : Lexicon.compareCodePoints(a.getKey(), b.getKey()));
        List<String> out = new ArrayList<>(TopForms.SHOWN);
        for (int i = 0; i < ranked.size() && i < TopForms.SHOWN; i++) {
            out.add(ranked.get(i).getKey());
        }
        return out;
    }

    /** Whether the n tokens from {@code start} are the n-gram's types and lie in one document. */
    private static boolean matches(CorpusIndex index, Level level, int[] types, int start) {
        if (index.docOf(start) != index.docOf(start + types.length - 1)) {
            return false;
        }
        for (int k = 0; k < types.length; k++) {
            if (index.typeAt(level, start + k) != types[k]) {
                return false;
            }
        }
        return true;
    }

    private static List<Integer> formIds(CorpusIndex index, int start, int n) {
        Integer[] ids = new Integer[n];
        for (int k = 0; k < n; k++) {
            ids[k] = index.formAt(start + k);
        }
        return List.of(ids);
    }

    private static String written(CorpusIndex index, int start, int n) {
        Lexicon lexicon = index.lexicon();
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                out.append(' ');
            }
            out.append(lexicon.string(Level.FORM, lexicon.typeOf(Level.FORM, index.formAt(start + k))));
        }
        return out.toString();
    }
}
