package org.siyaq.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What the {@code norm} level adds to Lucene's {@code ArabicNormalizationFilter}
 * (docs/arabic.md, "Levels"): alef wasla to alef, the Arabic combining marks Lucene leaves in place
 * removed, Persian/Urdu yeh and keheh folded to the Arabic letters, and Arabic-Indic digits to
 * ASCII. Every char maps to at most one char, so the term is rewritten in place.
 */
final class ArabicNormExtensionFilter extends TokenFilter {

    static final char ALEF = '\u0627';
    static final char ALEF_WASLA = '\u0671';
    static final char YEH = '\u064A';
    static final char FARSI_YEH = '\u06CC';
    static final char KAF = '\u0643';
    static final char KEHEH = '\u06A9';
    static final char ARABIC_INDIC_ZERO = '\u0660';
    static final char ARABIC_INDIC_NINE = '\u0669';
    static final char EXTENDED_ARABIC_INDIC_ZERO = '\u06F0';
    static final char EXTENDED_ARABIC_INDIC_NINE = '\u06F9';

    /** Combining marks removed, as inclusive ranges; harakat U+064B–U+0652 are Lucene's job. */
    private static final char[][] REMOVED_MARKS = {
        {'\u0610', '\u061A'}, // honorific signs, small high letters, small fatha/damma/kasra
        {'\u0653', '\u065F'}, // maddah, hamza above/below, subscript alef, other vowel signs
        {'\u0670', '\u0670'}, // superscript (dagger) alef
        {'\u06D6', '\u06DC'}, // Quranic small high ligatures (pause marks)
        {'\u06DF', '\u06E4'}, // Quranic rounded zeros, sukun head of khah, small meem/seen/madda
        {'\u06E5', '\u06E6'}, // small waw, small yeh
        {'\u06E7', '\u06E8'}, // small high yeh, small high noon
        {'\u06EA', '\u06ED'} // Quranic low/high stops and small low meem
    };

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    ArabicNormExtensionFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        int kept = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (!isRemovedMark(c)) {
                buffer[kept++] = fold(c);
            }
        }
        term.setLength(kept);
        return true;
    }

    static boolean isRemovedMark(char c) {
        for (char[] range : REMOVED_MARKS) {
            if (c >= range[0] && c <= range[1]) {
                return true;
            }
        }
        return false;
    }

    static char fold(char c) {
        if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_NINE) {
            return (char) ('0' + (c - ARABIC_INDIC_ZERO));
        }
        if (c >= EXTENDED_ARABIC_INDIC_ZERO && c <= EXTENDED_ARABIC_INDIC_NINE) {
            return (char) ('0' + (c - EXTENDED_ARABIC_INDIC_ZERO));
        }
        return switch (c) {
            case ALEF_WASLA -> ALEF;
            case FARSI_YEH -> YEH;
            case KEHEH -> KAF;
            default -> c;
        };
    }
}
