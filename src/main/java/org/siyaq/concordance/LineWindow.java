package org.siyaq.concordance;

import org.siyaq.index.CorpusIndex;

/**
 * The tokens a concordance line shows around a hit, as corpus positions {@code [from, to)} inside the
 * hit's document: {@code context} tokens each side, or, when {@code sentences} is 1 or more, the hit's
 * sentence and {@code sentences - 1} sentences each side of it (at most {@link #MAX_SENTENCE_TOKENS}
 * tokens each side, for a text without punctuation).
 */
record LineWindow(int from, int to) {

    static final int MAX_SENTENCE_TOKENS = 100;

    static LineWindow of(CorpusIndex index, int start, int length, int context, int sentences) {
        int doc = index.docOf(start);
        int docStart = index.docStart(doc);
        int docEnd = index.docEnd(doc);
        int end = start + length;
        if (sentences <= 0) {
            return new LineWindow(Math.max(docStart, start - context), Math.min(docEnd, end + context));
        }
        int first = Math.max(0, index.sentenceOf(start) - (sentences - 1));
        int last = index.sentenceOf(end - 1) + sentences;
        int to = last < index.sentenceCount() ? index.sentenceStart(last) : index.size();
        return new LineWindow(
                Math.max(Math.max(docStart, index.sentenceStart(first)), start - MAX_SENTENCE_TOKENS),
                Math.min(Math.min(docEnd, to), end + MAX_SENTENCE_TOKENS));
    }
}
