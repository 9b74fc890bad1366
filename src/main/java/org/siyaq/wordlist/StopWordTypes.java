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
        boolean[] stopNorm = new boolean[lexicon.typeCount(Level.NORM)];
        for (int t = 0; t < stopNorm.length; t++) {
            stopNorm[t] = analysis.isStopWord(lexicon.string(Level.NORM, t));
        }
        boolean[] stop = new boolean[lexicon.typeCount(level)];
        for (int f = 0; f < lexicon.formCount(); f++) {
            if (stopNorm[lexicon.typeOf(Level.NORM, f)] && index.formFreq(f) > 0) {
                stop[lexicon.typeOf(level, f)] = true;
            }
        }
        return stop;
    }
}
