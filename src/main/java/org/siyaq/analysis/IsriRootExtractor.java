package org.siyaq.analysis;

import java.util.List;
import org.siyaq.analysis.morph.Affixes;

/**
 * A root extractor after the ISRI stemmer: K. Taghva, R. Elkhoury and J. Coombs, "Arabic stemming
 * without a root dictionary", Proc. ITCC 2005, IEEE, pp. 152–157. It strips prefixes and suffixes by
 * length, then matches the remaining 4–7 letters against the common derivational patterns (wazn)
 * and keeps the radicals. It has no root dictionary, so it can return a non-root; a word it cannot
 * reduce comes back as it is after affix stripping.
 *
 * <p>The steps, affix lists and patterns follow NLTK's {@code ISRIStemmer}, the usual reference
 * implementation (with its extra pattern tafaaʿiil). It works on the {@code norm} level, which has
 * no diacritics and no hamza on alef, and has turned ta marbuta into heh: a word-final heh is given
 * back to ISRI as the ta marbuta it usually is, and turned into heh again in the result. NLTK's
 * own stop list is not used; {@link ArabicAnalysis#root} leaves stop words alone instead. See
 * {@code docs/analysis.md} for worked examples and known errors.
 */
final class IsriRootExtractor {

    private static final char ALEF_MADDA = '\u0622';
    private static final char ALEF_HAMZA_ABOVE = '\u0623';
    private static final char ALEF_HAMZA_BELOW = '\u0625';
    private static final char YEH_HAMZA_ABOVE = '\u0626';
    private static final char ALEF = '\u0627';
    private static final char BEH = '\u0628';
    private static final char TEH_MARBUTA = '\u0629';
    private static final char TEH = '\u062A';
    private static final char SEEN = '\u0633';
    private static final char FEH = '\u0641';
    private static final char KAF = '\u0643';
    private static final char LAM = '\u0644';
    private static final char MEEM = '\u0645';
    private static final char NOON = '\u0646';
    private static final char HEH = '\u0647';
    private static final char WAW = '\u0648';
    private static final char YEH = '\u064A';

    private static final List<String> PREFIXES_3 =
            List.of(s(KAF, ALEF, LAM), s(BEH, ALEF, LAM), s(WAW, LAM, LAM), s(WAW, ALEF, LAM));
    private static final List<String> PREFIXES_2 = List.of(s(ALEF, LAM), s(LAM, LAM));
    private static final String PREFIXES_1 = s(LAM, BEH, FEH, SEEN, WAW, YEH, TEH, NOON, ALEF);
    // NLTK's list; the final lam of three of them looks like a slip for alef (-tumaa, -humaa, -kumaa)
    private static final List<String> SUFFIXES_3 =
            List.of(s(TEH, MEEM, LAM), s(HEH, MEEM, LAM), s(TEH, ALEF, NOON), s(TEH, YEH, NOON), s(KAF, MEEM, LAM));
    private static final List<String> SUFFIXES_2 = List.of(
            s(WAW, NOON),
            s(ALEF, TEH),
            s(ALEF, NOON),
            s(YEH, NOON),
            s(TEH, NOON),
            s(KAF, MEEM),
            s(HEH, NOON),
            s(NOON, ALEF),
            s(YEH, ALEF),
            s(HEH, ALEF),
            s(TEH, MEEM),
            s(KAF, NOON),
            s(NOON, YEH),
            s(WAW, ALEF),
            s(MEEM, ALEF),
            s(HEH, MEEM));
    private static final String SUFFIXES_1 = s(TEH_MARBUTA, HEH, YEH, KAF, TEH, ALEF, NOON);

    /** The ISRI root of {@code word}, a {@code norm}; a word that is not all Arabic letters comes back unchanged. */
    String root(String word) {
        if (!isArabicWord(word)) {
            return word;
        }
        String w = stripPrefix(restoreTaMarbuta(word));
        w = stripSuffix(w);
        w = dropDoubledWaw(w);
        w = bareInitialHamza(w);
        String root = switch (w.length()) {
            case 4 -> pattern4(w);
            case 5 -> endOf5(pattern53(w));
            case 6 -> endOf6(pattern63(w));
            case 7 -> length7(w);
            default -> w; // ISRI only reduces words of 4 to 7 letters
        };
        return root.replace(TEH_MARBUTA, HEH);
    }

    /** A final heh is usually a ta marbuta that {@code norm} folded; ISRI's patterns need it back. */
    private static String restoreTaMarbuta(String norm) {
        int last = norm.length() - 1;
        return norm.charAt(last) == HEH ? norm.substring(0, last) + TEH_MARBUTA : norm;
    }

    private static String stripPrefix(String w) {
        if (w.length() >= 6) {
            for (String p : PREFIXES_3) {
                if (Affixes.startsWith(w, p)) {
                    return w.substring(3);
                }
            }
        }
        if (w.length() >= 5) {
            for (String p : PREFIXES_2) {
                if (Affixes.startsWith(w, p)) {
                    return w.substring(2);
                }
            }
        }
        return w;
    }

    private static String stripSuffix(String w) {
        if (w.length() >= 6) {
            for (String suffix : SUFFIXES_3) {
                if (Affixes.endsWith(w, suffix)) {
                    return w.substring(0, w.length() - 3);
                }
            }
        }
        if (w.length() >= 5) {
            for (String suffix : SUFFIXES_2) {
                if (Affixes.endsWith(w, suffix)) {
                    return w.substring(0, w.length() - 2);
                }
            }
        }
        return w;
    }

    /** The conjunction wa- before a word that itself starts with waw. */
    private static String dropDoubledWaw(String w) {
        return w.length() >= 4 && w.charAt(0) == WAW && w.charAt(1) == WAW ? w.substring(1) : w;
    }

    private static String bareInitialHamza(String w) {
        return oneOf(w.charAt(0), ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW) ? ALEF + w.substring(1) : w;
    }

    private static String length7(String w) {
        w = stripSuffix1(w);
        if (w.length() == 7) {
            w = stripPrefix1(w);
        }
        return w.length() == 6 ? endOf6(pattern63(w)) : w;
    }

    /** Four letters to a three-letter root. */
    private static String pattern4(String w) {
        if (w.charAt(0) == MEEM) { // mafʿal
            return w.substring(1);
        } else if (w.charAt(1) == ALEF) { // faaʿil
            return w.charAt(0) + w.substring(2);
        } else if (oneOf(w.charAt(2), ALEF, WAW, YEH)) { // faʿaal, faʿuul, faʿiil
            return w.substring(0, 2) + w.charAt(3);
        } else if (w.charAt(3) == TEH_MARBUTA) { // faʿla
            return w.substring(0, 3);
        }
        w = stripSuffix1(w);
        return w.length() == 4 ? stripPrefix1(w) : w;
    }

    /** Five letters to a three-letter root; the first pattern that fits wins. */
    private static String pattern53(String w) {
        char c0 = w.charAt(0), c1 = w.charAt(1), c2 = w.charAt(2), c3 = w.charAt(3), c4 = w.charAt(4);
        if (oneOf(c2, ALEF, TEH) && c0 == ALEF) { // iftaʿal, ifaaʿal
            return c1 + w.substring(3);
        } else if (oneOf(c3, ALEF, YEH, WAW) && c0 == MEEM) { // mafʿuul, mafʿaal, mafʿiil
            return w.substring(1, 3) + c4;
        } else if (oneOf(c0, ALEF, TEH, MEEM) && c4 == TEH_MARBUTA) { // mafʿala, tafʿila, afʿila
            return w.substring(1, 4);
        } else if (oneOf(c0, MEEM, YEH, TEH) && c2 == TEH) { // muftaʿil, yaftaʿil, taftaʿil
            return c1 + w.substring(3);
        } else if (oneOf(c0, MEEM, TEH) && c2 == ALEF) { // mufaaʿil, tafaaʿul
            return c1 + w.substring(3);
        } else if (oneOf(c2, ALEF, WAW) && c4 == TEH_MARBUTA) { // faʿuula, faʿaala
            return w.substring(0, 2) + c3;
        } else if (oneOf(c0, ALEF, MEEM) && c1 == NOON) { // infaʿal, munfaʿil
            return w.substring(2);
        } else if (c3 == ALEF && c0 == ALEF) { // afʿaal
            return w.substring(1, 3) + c4;
        } else if (c4 == NOON && c3 == ALEF) { // faʿlaan
            return w.substring(0, 3);
        } else if (c3 == YEH && c0 == TEH) { // tafʿiil
            return w.substring(1, 3) + c4;
        } else if (c3 == WAW && c1 == ALEF) { // faaʿuul
            return "" + c0 + c2 + c4;
        } else if (c2 == ALEF && c1 == WAW) { // fawaaʿil
            return c0 + w.substring(3);
        } else if (c3 == YEH_HAMZA_ABOVE && c2 == ALEF) { // faʿaaʾil
            return w.substring(0, 2) + c4;
        } else if (c4 == TEH_MARBUTA && c1 == ALEF) { // faaʿila
            return c0 + w.substring(2, 4);
        } else if (c4 == YEH && c2 == ALEF) { // faʿaalii
            return w.substring(0, 2) + c3;
        }
        w = stripSuffix1(w);
        return w.length() == 5 ? stripPrefix1(w) : w;
    }

    /** Five letters to a four-letter root. */
    private static String pattern54(String w) {
        if (oneOf(w.charAt(0), ALEF, TEH, MEEM)) { // tafaʿlul, ifʿalall, mufaʿlil
            return w.substring(1);
        } else if (w.charAt(4) == TEH_MARBUTA) { // faʿlala
            return w.substring(0, 4);
        } else if (w.charAt(2) == ALEF) { // faʿaalil
            return w.substring(0, 2) + w.substring(3);
        }
        return w;
    }

    private static String endOf5(String w) {
        return switch (w.length()) {
            case 4 -> pattern4(w);
            case 5 -> pattern54(w);
            default -> w;
        };
    }

    /** Six letters to a three-letter root. */
    private static String pattern63(String w) {
        char c0 = w.charAt(0), c1 = w.charAt(1), c2 = w.charAt(2), c3 = w.charAt(3), c4 = w.charAt(4), c5 = w.charAt(5);
        if (oneOf(c0, ALEF, MEEM) && c1 == SEEN && c2 == TEH) { // istafʿal, mustafʿil
            return w.substring(3);
        } else if (c0 == MEEM && c3 == ALEF && c5 == TEH_MARBUTA) { // mifʿaala
            return w.substring(1, 3) + c4;
        } else if (c0 == ALEF && c2 == TEH && c4 == ALEF) { // iftiʿaal
            return "" + c1 + c3 + c5;
        } else if (c0 == ALEF && c3 == WAW && c2 == c4) { // ifʿawʿal
            return c1 + w.substring(4);
        } else if (c0 == TEH && c2 == ALEF && c4 == YEH) { // tafaaʿiil
            return "" + c1 + c3 + c5;
        }
        w = stripSuffix1(w);
        return w.length() == 6 ? stripPrefix1(w) : w;
    }

    /** Six letters to a four-letter root. */
    private static String pattern64(String w) {
        if (w.charAt(0) == ALEF && w.charAt(4) == ALEF) { // ifʿalaal
            return w.substring(1, 4) + w.charAt(5);
        } else if (w.charAt(0) == MEEM && w.charAt(1) == TEH) { // mutafaʿlil
            return w.substring(2);
        }
        return w;
    }

    private static String endOf6(String w) {
        return switch (w.length()) {
            case 5 -> endOf5(pattern53(w));
            case 6 -> pattern64(w);
            default -> w;
        };
    }

    private static String stripSuffix1(String w) {
        return SUFFIXES_1.indexOf(w.charAt(w.length() - 1)) >= 0 ? w.substring(0, w.length() - 1) : w;
    }

    private static String stripPrefix1(String w) {
        return PREFIXES_1.indexOf(w.charAt(0)) >= 0 ? w.substring(1) : w;
    }

    private static boolean oneOf(char c, char... candidates) {
        for (char candidate : candidates) {
            if (c == candidate) {
                return true;
            }
        }
        return false;
    }

    private static boolean isArabicWord(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (!(cp < TABLED ? ARABIC_LETTER_CHARS.get(cp) : isArabicLetter(cp))) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isArabicLetter(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
    }

    /**
     * {@link #isArabicLetter} of every char of the Basic Multilingual Plane, worked out once (8 KB): {@code
     * UnicodeScript.of} searches a table of script ranges for each code point, and every baseline root asks it of
     * every letter (docs/performance.md, "The levels' CPU, sixth session").
     */
    private static final java.util.BitSet ARABIC_LETTER_CHARS = arabicLetterChars();

    private static final int TABLED = 0x10000;

    private static java.util.BitSet arabicLetterChars() {
        java.util.BitSet letters = new java.util.BitSet(0x10000);
        for (int cp = 0; cp < 0x10000; cp++) {
            if (isArabicLetter(cp)) {
                letters.set(cp);
            }
        }
        return letters;
    }

    private static String s(char... chars) {
        return new String(chars);
    }
}
