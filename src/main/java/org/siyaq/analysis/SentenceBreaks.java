package org.siyaq.analysis;

import java.util.List;

/**
 * Where sentences start in a document's token stream, read from the text between tokens: a token
 * starts a sentence when the text since the previous token holds a full stop, question or exclamation
 * mark, Arabic question mark (؟ U+061F), comma (، U+060C), semicolon (؛ U+061B), Arabic full stop
 * (۔ U+06D4) or a line break, as {@code arabic.md} asks. The first token of a document is not listed:
 * every document starts a sentence.
 */
public final class SentenceBreaks {

    private static final char ARABIC_QUESTION_MARK = '\u061F';
    private static final char ARABIC_COMMA = '\u060C';
    private static final char ARABIC_SEMICOLON = '\u061B';
    private static final char ARABIC_FULL_STOP = '\u06D4';
    private static final String BREAKS =
            ".!?\n\r\u2029" + ARABIC_QUESTION_MARK + ARABIC_COMMA + ARABIC_SEMICOLON + ARABIC_FULL_STOP;

    private SentenceBreaks() {}

    /** The (document-local) numbers of the tokens that start a sentence, after the first, in order. */
    public static int[] starts(String text, int[] tokenStarts, int[] tokenEnds) {
        int[] out = new int[tokenStarts.length];
        int n = 0;
        for (int i = 1; i < tokenStarts.length; i++) {
            for (int c = tokenEnds[i - 1]; c < tokenStarts[i]; c++) {
                if (BREAKS.indexOf(text.charAt(c)) >= 0) {
                    out[n++] = i;
                    break;
                }
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    public static int[] starts(String text, List<Token> tokens) {
        return starts(
                text,
                tokens.stream().mapToInt(Token::start).toArray(),
                tokens.stream().mapToInt(Token::end).toArray());
    }
}
