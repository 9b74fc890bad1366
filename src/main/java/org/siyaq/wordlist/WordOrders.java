package org.siyaq.wordlist;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntToDoubleFunction;
import org.siyaq.index.Lexicon;
import org.siyaq.query.Deadline;

/**
 * The orders a word list can be sorted in besides rank. Words are compared with ICU's Arabic collation
 * (CLDR {@code ar}: the letters in alphabetical order, the hamza forms with their bearer, Latin after
 * Arabic), a retrograde order by the same collation on the word read backwards (its code points reversed),
 * and the figures by value; ties always keep rank order, so that every order is total and stable.
 */
final class WordOrders {

    private WordOrders() {}

    /**
     * Every type's place in the alphabetical ({@code backwards = false}) or retrograde order of {@code
     * table}'s words (types without tokens get none): compared once per table, so that sorting a view is
     * an integer comparison per pair.
     */
    static int[] collationRanks(WordTable table, Lexicon lexicon, boolean backwards) {
        Collator collator = Collator.getInstance(new ULocale("ar"));
        CollationKey[] keys = new CollationKey[table.freq.length];
        Integer[] types = new Integer[table.order.length];
        for (int i = 0; i < types.length; i++) {
            int t = table.order[i];
            String word = lexicon.string(table.level, t);
            keys[t] = collator.getCollationKey(
                    backwards ? new StringBuilder(word).reverse().toString() : word);
            types[i] = t;
            if ((i & 0xFFFF) == 0) {
                Deadline.checkCurrent();
            }
        }
        Arrays.sort(
                types, Comparator.<Integer, CollationKey>comparing(t -> keys[t]).thenComparing(t -> t));
        int[] ranks = new int[table.freq.length];
        for (int i = 0; i < types.length; i++) {
            ranks[types[i]] = i;
        }
        return ranks;
    }

    /**
     * The positions {@code 0 … view.length-1} of {@code view} (types in rank order) sorted by {@code sort}:
     * the {@code i}-th row shown is {@code view[positions[i]]}, and its rank is {@code positions[i] + 1}.
     *
     * @param collation the ranks of {@link #collationRanks} for a sort by word or ending, else {@code null}
     */
    static int[] positions(WordTable table, int[] view, WordListSort sort, int[] collation) {
        IntToDoubleFunction value = switch (sort.key()) {
            case RANK -> t -> 0;
            case WORD, ENDING -> t -> collation[t];
            case FREQ, PER_MILLION -> t -> table.freq[t];
            case RANGE -> table::range;
            // dp_norm is dp divided by one positive constant of the table: the same order
            case DP, DP_NORM -> table::dp;
        };
        Integer[] positions = new Integer[view.length];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
        }
        Comparator<Integer> byValue = Comparator.comparingDouble(p -> value.applyAsDouble(view[p]));
        if (sort.descending()) {
            byValue = byValue.reversed();
        }
        // rank order breaks ties, upwards; a rank sort downwards is the whole table reversed
        Comparator<Integer> byRank = sort.key() == WordListSort.Key.RANK && sort.descending()
                ? Comparator.<Integer>reverseOrder()
                : Comparator.<Integer>naturalOrder();
        Arrays.sort(positions, byValue.thenComparing(byRank));
        int[] out = new int[positions.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = positions[i];
        }
        return out;
    }
}
