package org.siyaq.analysis.morph;

import java.nio.charset.StandardCharsets;
import morfologik.fsa.FSA;
import morfologik.stemming.Dictionary;

/**
 * Which words the dictionary may hold, answered from one cached 64-bit word instead of a walk through
 * its 12 MB automaton: a Bloom filter blocked to a {@code long} (each word sets {@value #BITS} bits of
 * one word of the table). It never answers no for a word the automaton holds, so a lookup it turns away
 * would have found nothing; most lookups of the analysis (splits of a form into clitics and a stem) are
 * such misses. Built once from the automaton's words: every byte path from the root to a separator arc.
 */
final class WordFilter {

    /** Bits set per word, within one {@code long}. */
    static final int BITS = 5;

    /**
     * Table size for the 1.28M words of the shipped dictionary: 2 MB, about 13 bits a word (of the lookups
     * that find nothing, about one in 120 still walks the automaton).
     */
    static final int DICTIONARY_LONGS = 1 << 18;

    /** Longs per piece of the table: 64 KB, well below the collector's humongous objects (half a region). */
    private static final int PIECE_BITS = 13;

    /** The table in pieces of {@code 1 << PIECE_BITS} longs: slot {@code s} is {@code table[s >>> PIECE_BITS][s & pieceMask]}. */
    private final long[][] table;

    private final int shift;

    private WordFilter(int longs) {
        int pieceLongs = Math.min(longs, 1 << PIECE_BITS);
        this.table = new long[longs / pieceLongs][pieceLongs];
        this.shift = 64 - Integer.numberOfTrailingZeros(longs);
    }

    /**
     * The words of {@code fsa}: every path of labels from the root that is followed by an arc labelled
     * {@code separator} (what {@code DictionaryLookup} matches), hashed as bytes; a word asked for is
     * hashed over its UTF-8 bytes, as {@code DictionaryLookup} encodes it for this dictionary.
     */
    static WordFilter of(Dictionary dictionary, int longs) {
        WordFilter filter = new WordFilter(Integer.highestOneBit(longs));
        if (!dictionary.metadata.getInputConversionPairs().isEmpty()
                || !"UTF-8".equalsIgnoreCase(dictionary.metadata.getEncoding())) {
            // the lookup would spell words otherwise than this filter hashes them: it turns nothing away
            for (long[] piece : filter.table) {
                java.util.Arrays.fill(piece, -1L);
            }
            return filter;
        }
        FSA fsa = dictionary.fsa;
        filter.addPaths(fsa, fsa.getRootNode(), dictionary.metadata.getSeparator(), SEED);
        return filter;
    }

    /** Adds every word below {@code node}, {@code h} the hash of the bytes that lead there. */
    private void addPaths(FSA fsa, int node, byte separator, long h) {
        for (int arc = fsa.getFirstArc(node); arc != 0; arc = fsa.getNextArc(arc)) {
            byte label = fsa.getArcLabel(arc);
            if (label == separator) {
                add(finished(h));
            } else if (!fsa.isArcTerminal(arc)) {
                addPaths(fsa, fsa.getEndNode(arc), separator, step(h, label));
            }
        }
    }

    private void add(long h) {
        int slot = (int) (h >>> shift);
        table[slot >>> PIECE_BITS][slot & ((1 << PIECE_BITS) - 1)] |= mask(h);
    }

    /** Adds a word held outside the automaton (the supplement), so that it passes too. */
    void add(String word) {
        long h = SEED;
        for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
            h = step(h, b);
        }
        add(finished(h));
    }

    /** False only if the dictionary holds no entry for {@code word}. */
    boolean mightContain(CharSequence word) {
        return mightContain(hash(word));
    }

    /**
     * {@link #mightContain} of each word, {@code out[i]} for {@code words[i]}: every hash first, then every read of the
     * table, which the processor can then have in flight together (a read of the 2 MB table mostly misses the cache,
     * and one word's read waited for the one before).
     */
    void mightContain(String[] words, int count, boolean[] out) {
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            hashes[i] = hash(words[i]);
        }
        for (int i = 0; i < count; i++) {
            out[i] = mightContain(hashes[i]);
        }
    }

    /** What a word's UTF-8 bytes hash to, or {@link #ANY} for a word the filter cannot judge. */
    private static long hash(CharSequence word) {
        long h = SEED;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            // the bytes of UTF-8, as the automaton spells the word
            if (c < 0x80) {
                h = step(h, c);
            } else if (c < 0x800) {
                h = step(step(h, 0xC0 | (c >> 6)), 0x80 | (c & 0x3F));
            } else if (!Character.isSurrogate(c)) {
                h = step(step(step(h, 0xE0 | (c >> 12)), 0x80 | ((c >> 6) & 0x3F)), 0x80 | (c & 0x3F));
            } else {
                return ANY; // beyond the BMP (or a lone surrogate): the automaton decides
            }
        }
        return finished(h);
    }

    /** {@link #finish}, never {@link #ANY}: the hash a word is added and tested under. */
    private static long finished(long h) {
        long f = finish(h);
        return f == ANY ? 1 : f;
    }

    /** The hash of a word {@link #hash} does not hash: it passes. */
    private static final long ANY = 0;

    private boolean mightContain(long f) {
        if (f == ANY) {
            return true;
        }
        long m = mask(f);
        int slot = (int) (f >>> shift);
        return (table[slot >>> PIECE_BITS][slot & ((1 << PIECE_BITS) - 1)] & m) == m;
    }

    private static final long SEED = 0x9E3779B97F4A7C15L;

    private static long step(long h, int b) {
        return (h ^ (b & 0xFF)) * 0xFF51AFD7ED558CCDL;
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }

    private static long mask(long h) {
        long m = 0;
        for (int i = 0; i < BITS; i++) {
            m |= 1L << (h & 63);
            h >>>= 6;
        }
        return m;
    }

    /** Bytes of the table. */
    long bytes() {
        return 8L * table.length * table[0].length;
    }
}
