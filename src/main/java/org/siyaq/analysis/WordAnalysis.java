package org.siyaq.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.siyaq.analysis.morph.Morphology;
import org.siyaq.analysis.morph.Reading;

/**
 * One token of a text with everything the analyzer knows about it: offsets into the text, every level,
 * the part of speech the dictionary gives, and the other readings of an ambiguous form (what
 * {@code GET /api/analysis} answers and the word panel shows).
 *
 * @param token    the token with its offsets
 * @param levels   the token at every level
 * @param pos      {@code verb}, {@code noun}, {@code adjective}, {@code particle}, or empty when unknown
 * @param readings every dictionary reading of the form (lemma as the dictionary writes it, with vowels)
 */
public record WordAnalysis(Token token, Map<Level, String> levels, String pos, List<Reading> readings) {

    /** Every token of {@code text}, analysed. */
    public static List<WordAnalysis> of(ArabicAnalysis analysis, String text) {
        List<WordAnalysis> out = new ArrayList<>();
        for (Token token : analysis.tokenize(text)) {
            String[] strings = analysis.levels(token.form());
            Map<Level, String> levels = new EnumMap<>(Level.class);
            for (Level level : Level.values()) {
                levels.put(level, strings[level.ordinal()]);
            }
            String norm = levels.get(Level.NORM);
            boolean particle =
                    analysis.isStopWord(norm) && levels.get(Level.LEMMA).equals(norm);
            Morphology.Analysis m = analysis.morphology(token.form());
            out.add(new WordAnalysis(token, levels, particle ? "particle" : m.pos(), m.readings()));
        }
        return out;
    }
}
