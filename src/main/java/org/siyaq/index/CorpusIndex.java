package org.siyaq.index;

import java.util.Arrays;

import org.siyaq.analysis.Level;

/**
 * The in-memory index of one corpus: the token stream as form ids (documents one after the other),
 * where each document starts, and the positions of every form (postings). Immutable and shared by
 * every query; built by {@link IndexBuilder} or reopened from the store.
 */
public final class CorpusIndex {

    private final Lexicon lexicon;
    private final int[] tokens;
    private final int[] docStart;
    private final int[] postingStart;
    private final int[] postings;
    private final int[][] typeFreq = new int[Level.values().length][];
    private final int[] sentenceStarts;

    /**
     * @param tokens   form id of every token, documents concatenated
     * @param docStart where each document starts in {@code tokens}, with {@code tokens.length} appended
     */
    public CorpusIndex(Lexicon lexicon, int[] tokens, int[] docStart) {
        this(lexicon, tokens, docStart, null);
    }

    /** @param sentenceStarts where sentences start in {@code tokens}, sorted; {@code null}: every document is one sentence */
    public CorpusIndex(Lexicon lexicon, int[] tokens, int[] docStart, int[] sentenceStarts) {
        this.sentenceStarts = SentenceStarts.merge(docStart, sentenceStarts);
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.docStart = docStart;
        int forms = lexicon.formCount();
        postingStart = new int[forms + 1];
        for (int t : tokens) {
            postingStart[t + 1]++;
        }
        for (int f = 0; f < forms; f++) {
            postingStart[f + 1] += postingStart[f];
        }
        postings = new int[tokens.length];
        int[] fill = Arrays.copyOf(postingStart, forms);
        for (int p = 0; p < tokens.length; p++) {
            postings[fill[tokens[p]]++] = p;
        }
        for (Level level : Level.values()) {
            int[] freq = new int[lexicon.typeCount(level)];
            int[] table = lexicon.typeTable(level);
            for (int f = 0; f < forms; f++) {
                freq[table[f]] += postingStart[f + 1] - postingStart[f];
            }
            typeFreq[level.ordinal()] = freq;
        }
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** N: the number of tokens. */
    public int size() {
        return tokens.length;
    }

    public int docCount() {
        return docStart.length - 1;
    }

    public int docStart(int doc) {
        return docStart[doc];
    }

    /** One past the last token of {@code doc}. */
    public int docEnd(int doc) {
        return docStart[doc + 1];
    }

    /** The document (0-based ordinal) that holds token {@code position}. */
    public int docOf(int position) {
        int i = Arrays.binarySearch(docStart, 0, docStart.length - 1, position);
        if (i >= 0) {
            // empty documents share a start with the next one: the token belongs to the last of them
            while (i + 1 < docStart.length - 1 && docStart[i + 1] == position) {
                i++;
            }
            return i;
        }
        return -i - 2;
    }

    public int formAt(int position) {
        return tokens[position];
    }

    public int typeAt(Level level, int position) {
        return lexicon.typeOf(level, tokens[position]);
    }

    /** The form-to-type table of a level, for tight loops over the token stream. */
    public int[] typeTable(Level level) {
        return lexicon.typeTable(level);
    }

    /** The raw token stream (form ids), not to be modified. */
    public int[] tokens() {
        return tokens;
    }

    /** Corpus frequency of a type at a level. */
    public int freq(Level level, int type) {
        return typeFreq[level.ordinal()][type];
    }

    public int formFreq(int form) {
        return postingStart[form + 1] - postingStart[form];
    }

    /** Where each sentence starts, strictly increasing, every document's start among them; not to be modified. */
    public int[] sentenceStarts() {
        return sentenceStarts;
    }

    /** The sorted positions of every token whose form is one of {@code forms}. */
    public int[] positionsOfForms(int[] forms) {
        int total = 0;
        for (int f : forms) {
            total += formFreq(f);
        }
        int[] out = new int[total];
        int at = 0;
        for (int f : forms) {
            int n = formFreq(f);
            System.arraycopy(postings, postingStart[f], out, at, n);
            at += n;
        }
        if (forms.length > 1) {
            Arrays.sort(out);
        }
        return out;
    }
}
