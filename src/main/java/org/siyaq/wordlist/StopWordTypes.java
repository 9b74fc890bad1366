package org.siyaq.wordlist;

import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Level;
import org.siyaq.index.CorpusIndex;
import org.siyaq.index.Lexicon;

/**
 * Which types of a level count as stop words: a type is a stop word when any form of it that occurs in
 * the corpus has a {@code norm} on the stop list (a sub-corpus shares its whole corpus's lexicon, so
 * forms it lacks are not asked). At {@code norm} this is the type's own string; at {@code form} it is
 * the form's norm; at {@code stem} and {@code root} it catches the stop words whose stem or root is
 * not itself on the list (the stem of {@code التي} is {@code تي}).
 */
public final class StopWordTypes {

    private StopWordTypes() {}

    public static boolean[] of(CorpusIndex index, Level level, ArabicAnalysis analysis) {
        Lexicon lexicon = index.lexicon();
        // the stop list is a few hundred norms: each is looked up, instead of every type being asked
        long[] stopNorm = new long[(lexicon.typeCount(Level.NORM) + 63) / 64];
        boolean[] stop = new boolean[lexicon.typeCount(level)];
        for (String word : analysis.stopWords()) {
            int t = lexicon.lookup(Level.NORM, word);
            // a norm occurs in this (sub-)corpus exactly when one of its forms does
            if (t >= 0 && index.freq(Level.NORM, t) > 0) {
                stopNorm[t >>> 6] |= 1L << t;
                if (level == Level.NORM) {
                    stop[t] = true;
                }
            }
        }
        if (level == Level.NORM) {
            return stop;
        }
        int[] normOf = index.typeTable(Level.NORM);
        for (int f = 0; f < lexicon.formCount(); f++) {
            int t = normOf[f];
            if ((stopNorm[t >>> 6] & 1L << t) != 0 && index.formFreq(f) > 0) {
                stop[lexicon.typeOf(level, f)] = true;
            }
        }
        return stop;
    }
}
