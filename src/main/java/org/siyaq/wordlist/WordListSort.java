package org.siyaq.wordlist;

import java.util.Locale;
import org.siyaq.corpus.InvalidRequestException;

/**
 * The order of a word list's rows, applied on the server to the whole filtered table (not to a page): by one
 * column, up or down, ties in rank order. {@link Key#ENDING} is the retrograde order: words compared from
 * their last letter back, which groups the words that share an ending (the suffixes and feminine and plural
 * endings of Arabic morphology: ـات, ـون, ـة).
 *
 * @param descending {@code true} for the largest value (or the end of the alphabet) first
 */
public record WordListSort(Key key, boolean descending) {

    /** The columns a word list can be sorted by; the names are the API's column names. */
    public enum Key {
        RANK("rank"),
        WORD("word"),
        ENDING("ending"),
        FREQ("freq"),
        PER_MILLION("per_million"),
        RANGE("range"),
        DP("dp"),
        DP_NORM("dp_norm");

        private final String param;

        Key(String param) {
            this.param = param;
        }

        public String param() {
            return param;
        }

        /** Words and ranks read upwards by default; the figures from the largest down, as a frequency list does. */
        boolean descendingByDefault() {
            return this != RANK && this != WORD && this != ENDING;
        }
    }

    /** Rank order: the most frequent row first. */
    public static final WordListSort DEFAULT = new WordListSort(Key.RANK, false);

    public WordListSort {
        if (key == null) {
            key = Key.RANK;
        }
    }

    /**
     * The sort named by the API's {@code sort} (a column name; none for rank order) and {@code order}
     * ({@code asc} or {@code desc}; none for the column's own default).
     *
     * @throws InvalidRequestException for an unknown column or order
     */
    public static WordListSort parse(String sort, String order) {
        Key key = Key.RANK;
        if (sort != null && !sort.isBlank()) {
            key = null;
            for (Key k : Key.values()) {
                if (k.param.equals(sort.strip().toLowerCase(Locale.ROOT))) {
                    key = k;
                }
            }
            if (key == null) {
                throw InvalidRequestException.of("request.wordlist-sort", sort);
            }
        }
        if (order == null || order.isBlank()) {
            return new WordListSort(key, key.descendingByDefault());
        }
        return switch (order.strip().toLowerCase(Locale.ROOT)) {
            case "asc" -> new WordListSort(key, false);
            case "desc" -> new WordListSort(key, true);
            default -> throw InvalidRequestException.of("request.wordlist-order", order);
        };
    }

    /** Whether this is the table's own order (rank, upwards), which needs no sorting. */
    public boolean isRankOrder() {
        return (key == Key.RANK || key == Key.FREQ || key == Key.PER_MILLION) && descending == (key != Key.RANK);
    }

    /** A sort by the words compared from their end ({@code true}) or their start; other columns stay as they are. */
    public WordListSort withWords(boolean fromTheEnd) {
        if (key != Key.WORD && key != Key.ENDING) {
            return this;
        }
        return new WordListSort(fromTheEnd ? Key.ENDING : Key.WORD, descending);
    }

    /** The {@code order} parameter of this sort. */
    public String order() {
        return descending ? "desc" : "asc";
    }
}
