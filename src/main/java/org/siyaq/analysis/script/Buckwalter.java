package org.siyaq.analysis.script;

import java.text.Normalizer;

/**
 * Buckwalter transliteration (T. Buckwalter, Arabic Morphological Analyzer 1.0, LDC2002L49, 2002):
 * one ASCII char per Arabic letter or mark, for students who do not read Arabic script.
 *
 * <p>The table is the standard one: the hamza forms, letters, ta marbuta {@code p}, alef maqsura
 * {@code Y}, tatweel {@code _}, tanween {@code F N K}, harakat {@code a u i}, shadda {@code ~},
 * sukun {@code o}, dagger alef {@code `} and alef wasla <code>{</code>, plus the usual extension
 * letters peh {@code P}, tcheh {@code J}, veh {@code V} and gaf {@code G}. The Arabic comma, semicolon
 * and question mark become their Latin counterparts, so that a transliterated line holds no Arabic
 * script at all (issue 12, item 6).
 *
 * <p>Uthmani (Quranic) marks follow the extended Buckwalter table of the Quranic Arabic Corpus (K. Dukes,
 * corpus.quran.com): maddah {@code ^}, hamza above {@code #} (where NFC leaves it apart, on a tatweel),
 * small high seen {@code :}, small high rounded zero {@code @}, small high upright rectangular zero
 * {@code "}, small high meem {@code [}, small low seen {@code ;}, small waw {@code ,}, small yeh
 * {@code .}, small high noon {@code !}, the stops {@code - + %} and small low meem {@code ]}. Beside
 * that table: the small high dotless head of khah U+06E1, the sukun of Uthmani texts (Unicode: "Arabic
 * jazm"), is {@code o}; the small high yeh U+06E7 is a small yeh too, {@code .}; the open tanween
 * U+08F0–U+08F2 are {@code F N K}, and so are the signs the King Fahd Complex's Uthmani text writes them
 * with (U+0657, U+065E, U+0656: Unicode's inverted damma, fatha with two dots and subscript alef, which no
 * Arabic text uses otherwise: هُدٗى, عَظِيمٞ, شَيۡءٖ). Every char stays one char, so a transliterated text keeps
 * the original's offsets; everything else (the Quranic pause marks among it) passes through unchanged.
 */
public final class Buckwalter {

    private static final char FIRST = '\u0621';
    /** Buckwalter chars for U+0621 (hamza) to U+0652 (sukun); a space where there is none. */
    private static final String TABLE = "'|>&<}AbptvjHxd*rzs$SDTZEg     _fqklmnhwYyFNKaui~o";

    private static final char FATHATAN = '\u064B';
    private static final char KASRA = '\u0650';
    private static final char SHADDA = '\u0651';
    private static final char SUPERSCRIPT_ALEF = '\u0670';
    private static final char ALEF_WASLA = '\u0671';
    private static final char PEH = '\u067E';
    private static final char TCHEH = '\u0686';
    private static final char VEH = '\u06A4';
    private static final char GAF = '\u06AF';
    private static final char ARABIC_COMMA = '\u060C';
    private static final char ARABIC_SEMICOLON = '\u061B';
    private static final char ARABIC_QUESTION_MARK = '\u061F';
    private static final char MADDAH_ABOVE = '\u0653';
    private static final char HAMZA_ABOVE = '\u0654';
    private static final char SMALL_HIGH_SEEN = '\u06DC';
    private static final char SMALL_HIGH_ROUNDED_ZERO = '\u06DF';
    private static final char SMALL_HIGH_UPRIGHT_RECTANGULAR_ZERO = '\u06E0';
    private static final char UTHMANI_SUKUN = '\u06E1';
    private static final char SMALL_HIGH_MEEM = '\u06E2';
    private static final char SMALL_LOW_SEEN = '\u06E3';
    private static final char SMALL_WAW = '\u06E5';
    private static final char SMALL_YEH = '\u06E6';
    private static final char SMALL_HIGH_YEH = '\u06E7';
    private static final char SMALL_HIGH_NOON = '\u06E8';
    private static final char EMPTY_CENTRE_LOW_STOP = '\u06EA';
    private static final char EMPTY_CENTRE_HIGH_STOP = '\u06EB';
    private static final char ROUNDED_HIGH_STOP = '\u06EC';
    private static final char SMALL_LOW_MEEM = '\u06ED';
    private static final char KFGQPC_OPEN_FATHATAN = '\u0657';
    private static final char KFGQPC_OPEN_DAMMATAN = '\u065E';
    private static final char KFGQPC_OPEN_KASRATAN = '\u0656';
    private static final char OPEN_FATHATAN = '\u08F0';
    private static final char OPEN_DAMMATAN = '\u08F1';
    private static final char OPEN_KASRATAN = '\u08F2';

    private Buckwalter() {}

    /**
     * The Buckwalter transliteration of {@code arabic}. The text is put in NFC first, so alef +
     * U+0654 is {@code >} like U+0623. NFC also puts a shadda after the vowel on the same letter;
     * it is written before it here ({@code ~a}), as Buckwalter texts do.
     */
    public static String transliterate(String arabic) {
        String text = Normalizer.normalize(arabic, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isVowelOrTanween(c) && i + 1 < text.length() && text.charAt(i + 1) == SHADDA) {
                out.append(toBuckwalter(SHADDA));
                i++;
            }
            out.append(toBuckwalter(c));
        }
        return out.toString();
    }

    private static boolean isVowelOrTanween(char c) {
        return c >= FATHATAN && c <= KASRA;
    }

    private static char toBuckwalter(char c) {
        int index = c - FIRST;
        if (index >= 0 && index < TABLE.length() && TABLE.charAt(index) != ' ') {
            return TABLE.charAt(index);
        }
        return switch (c) {
            case SUPERSCRIPT_ALEF -> '`';
            case ALEF_WASLA -> '{';
            case PEH -> 'P';
            case TCHEH -> 'J';
            case VEH -> 'V';
            case GAF -> 'G';
            case ARABIC_COMMA -> ',';
            case ARABIC_SEMICOLON -> ';';
            case ARABIC_QUESTION_MARK -> '?';
            case MADDAH_ABOVE -> '^';
            case HAMZA_ABOVE -> '#';
            case SMALL_HIGH_SEEN -> ':';
            case SMALL_HIGH_ROUNDED_ZERO -> '@';
            case SMALL_HIGH_UPRIGHT_RECTANGULAR_ZERO -> '"';
            case UTHMANI_SUKUN -> 'o';
            case SMALL_HIGH_MEEM -> '[';
            case SMALL_LOW_SEEN -> ';';
            case SMALL_WAW -> ',';
            case SMALL_YEH, SMALL_HIGH_YEH -> '.';
            case SMALL_HIGH_NOON -> '!';
            case EMPTY_CENTRE_LOW_STOP -> '-';
            case EMPTY_CENTRE_HIGH_STOP -> '+';
            case ROUNDED_HIGH_STOP -> '%';
            case SMALL_LOW_MEEM -> ']';
            case OPEN_FATHATAN, KFGQPC_OPEN_FATHATAN -> 'F';
            case OPEN_DAMMATAN, KFGQPC_OPEN_DAMMATAN -> 'N';
            case OPEN_KASRATAN, KFGQPC_OPEN_KASRATAN -> 'K';
            default -> c;
        };
    }

    /**
     * The Arabic letters of a Buckwalter string, for code that must spell Arabic without Arabic literals
     * (the letters and the hamza forms only; {@code p} ta marbuta, {@code Y} alef maqsura). Other chars pass through.
     */
    public static String arabic(String buckwalter) {
        StringBuilder out = new StringBuilder(buckwalter.length());
        for (int i = 0; i < buckwalter.length(); i++) {
            char b = buckwalter.charAt(i);
            int index = b == ' ' ? -1 : TABLE.indexOf(b);
            out.append(index >= 0 ? (char) (FIRST + index) : b);
        }
        return out.toString();
    }
}
