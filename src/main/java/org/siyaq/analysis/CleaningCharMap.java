package org.siyaq.analysis;

import java.text.Normalizer;
import java.util.BitSet;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * The character map of the cleaning step that runs before tokenizing (docs/arabic.md, "Tokens").
 *
 * <p>It is applied with a {@link MappingCharFilter}, which keeps track of every insertion and
 * deletion, so token offsets still point into the original text. The map:
 *
 * <ul>
 *   <li>removes format characters (ZWJ, ZWNJ, bidi controls, BOM, soft hyphen) and tatweel, except a
 *       tatweel whose marks include a hamza above: in Uthmani script it is the seat of a hamza;
 *   <li>folds each Arabic presentation form to its NFKC compatibility decomposition;
 *   <li>composes the decomposed letter + hamza/madda sequences that NFC composes.
 * </ul>
 *
 * <p>Everything is derived from {@link Normalizer}, so the map follows the JDK's Unicode version.
 */
final class CleaningCharMap {

    static final char SOFT_HYPHEN = '\u00AD';
    static final char ARABIC_LETTER_MARK = '\u061C';
    static final char TATWEEL = '\u0640';
    static final char ZWNJ = '\u200C';
    static final char ZWJ = '\u200D';
    static final char LEFT_TO_RIGHT_MARK = '\u200E';
    static final char RIGHT_TO_LEFT_MARK = '\u200F';
    static final char BIDI_EMBEDDING_FIRST = '\u202A'; // LRE
    static final char BIDI_EMBEDDING_LAST = '\u202E'; // RLO
    static final char BIDI_ISOLATE_FIRST = '\u2066'; // LRI
    static final char BIDI_ISOLATE_LAST = '\u2069'; // PDI
    static final char BYTE_ORDER_MARK = '\uFEFF';
    static final char HAMZA_ABOVE = '\u0654';
    private static final char FATHATAN = '\u064B';
    private static final char SUKUN = '\u0652';

    private static final char PRESENTATION_FORMS_A_FIRST = '\uFB50';
    private static final char PRESENTATION_FORMS_A_LAST = '\uFDFF';
    private static final char PRESENTATION_FORMS_B_FIRST = '\uFE70';
    private static final char PRESENTATION_FORMS_B_LAST = '\uFEFF';

    /** The chars the cleaning step deletes, as inclusive ranges. */
    private static final char[][] REMOVED = {
        {SOFT_HYPHEN, SOFT_HYPHEN},
        {ARABIC_LETTER_MARK, ARABIC_LETTER_MARK},
        {TATWEEL, TATWEEL},
        {ZWNJ, ZWJ},
        {LEFT_TO_RIGHT_MARK, RIGHT_TO_LEFT_MARK},
        {BIDI_EMBEDDING_FIRST, BIDI_EMBEDDING_LAST},
        {BIDI_ISOLATE_FIRST, BIDI_ISOLATE_LAST},
        {BYTE_ORDER_MARK, BYTE_ORDER_MARK}
    };

    /** Arabic, Arabic Supplement and Arabic Extended-A: where the composable letters live. */
    private static final char[][] ARABIC_LETTER_BLOCKS = {
        {'\u0600', '\u06FF'}, {'\u0750', '\u077F'}, {'\u08A0', '\u08FF'}
    };

    /** The last char of every key of the map, filled by {@link #build()}. */
    private static final BitSet KEY_ENDS = new BitSet(Character.MAX_VALUE + 1);

    /** Declared after the tables it is built from: static fields initialize in order. */
    static final NormalizeCharMap MAP = build();

    private CleaningCharMap() {}

    /**
     * The index of the first char at or after {@code from} where the map could change {@code text}, or -1.
     * A key can only match where its last char occurs, so a stretch of text holding no such char passes
     * the filter unchanged, offsets included.
     */
    static int indexOfChange(CharSequence text, int from) {
        for (int i = from, n = text.length(); i < n; i++) {
            if (KEY_ENDS.get(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** True for a char the cleaning step deletes. */
    static boolean isRemoved(char c) {
        for (char[] range : REMOVED) {
            if (c >= range[0] && c <= range[1]) {
                return true;
            }
        }
        return false;
    }

    private static NormalizeCharMap build() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (char[] range : REMOVED) {
            for (char c = range[0]; c <= range[1]; c++) {
                add(builder, String.valueOf(c), "");
            }
        }
        addHamzaSeats(builder);
        addPresentationForms(builder, PRESENTATION_FORMS_A_FIRST, PRESENTATION_FORMS_A_LAST);
        addPresentationForms(builder, PRESENTATION_FORMS_B_FIRST, PRESENTATION_FORMS_B_LAST);
        for (char[] block : ARABIC_LETTER_BLOCKS) {
            addCompositions(builder, block[0], block[1]);
        }
        return builder.build();
    }

    /**
     * Keeps a tatweel that carries a hamza above, with up to two harakat (U+064B–U+0652) before the
     * hamza, in any order: the filter takes the longest key, so these identity entries win over the
     * one-char key that deletes tatweel.
     */
    private static void addHamzaSeats(NormalizeCharMap.Builder builder) {
        String seat = "" + TATWEEL + HAMZA_ABOVE;
        add(builder, seat, seat);
        for (char a = FATHATAN; a <= SUKUN; a++) {
            String one = "" + TATWEEL + a + HAMZA_ABOVE;
            add(builder, one, one);
            for (char b = FATHATAN; b <= SUKUN; b++) {
                String two = "" + TATWEEL + a + b + HAMZA_ABOVE;
                add(builder, two, two);
            }
        }
    }

    /**
     * Maps each presentation form to its compatibility decomposition, e.g. the lam-alef ligature
     * U+FEFB to lam + alef. The map's output is not mapped again, so chars the cleaning removes
     * (the tatweel in U+FE71, for one) are dropped from the replacement here.
     */
    private static void addPresentationForms(NormalizeCharMap.Builder builder, char first, char last) {
        for (char c = first; c <= last; c++) {
            String original = String.valueOf(c);
            String folded = Normalizer.normalize(original, Normalizer.Form.NFKC);
            if (isRemoved(c) || folded.equals(original)) {
                continue; // the BOM is already mapped; unassigned chars and the ornate parentheses stay
            }
            add(builder, original, withoutRemovedChars(folded));
        }
    }

    /** Maps every canonical decomposition in the range back to its composed letter, e.g. alef + U+0654 to U+0623. */
    private static void addCompositions(NormalizeCharMap.Builder builder, char first, char last) {
        for (char c = first; c <= last; c++) {
            String composed = String.valueOf(c);
            String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
            if (!decomposed.equals(composed)
                    && Normalizer.normalize(decomposed, Normalizer.Form.NFC).equals(composed)) {
                add(builder, decomposed, composed);
            }
        }
    }

    private static void add(NormalizeCharMap.Builder builder, String key, String replacement) {
        builder.add(key, replacement);
        KEY_ENDS.set(key.charAt(key.length() - 1));
    }

    private static String withoutRemovedChars(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!isRemoved(s.charAt(i))) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
