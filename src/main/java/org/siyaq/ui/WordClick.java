package org.siyaq.ui;

/**
 * A click (or Enter) on a word, as the browser reports it: the table column it is in (empty in a text), the word as
 * shown (perhaps in Buckwalter), and where it is in the text it was picked from: its index among that text's
 * blank-separated words and its character offset.
 *
 * @param column the key of the table's column, empty outside a table
 * @param word   the word as the page shows it
 * @param index  how many blank-separated words come before it in the clicked text
 * @param offset the character offset of its first letter in the clicked text
 */
public record WordClick(String column, String word, int index, int offset) {

    /**
     * The word at the click's {@link #index} in {@code original}, the text the page showed (perhaps
     * transliterated): the word as stored, whatever script it was shown in; the shown word when
     * {@code original} has no word there.
     */
    public String wordOf(String original) {
        String[] words = original == null ? new String[0] : original.strip().split("\\s+");
        return index >= 0 && index < words.length && !words[index].isEmpty() ? words[index] : word;
    }

    /**
     * The blank-separated word of {@code original} at the click's {@link #offset} (the reader: the
     * document's text, whose shown characters are at the same offsets); the shown word when the offset
     * falls outside the text or on a blank.
     */
    public String wordAt(String original) {
        if (original == null
                || offset < 0
                || offset >= original.length()
                || Character.isWhitespace(original.charAt(offset))) {
            return word;
        }
        int start = offset;
        while (start > 0 && !Character.isWhitespace(original.charAt(start - 1))) {
            start--;
        }
        int end = offset;
        while (end < original.length() && !Character.isWhitespace(original.charAt(end))) {
            end++;
        }
        return original.substring(start, end);
    }
}
