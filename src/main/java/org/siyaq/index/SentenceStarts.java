package org.siyaq.index;

import java.util.Arrays;

/** The token positions where sentences start, as {@link CorpusIndex} keeps them. */
final class SentenceStarts {

    private SentenceStarts() {}

    /**
     * The starts of documents and of sentences together, sorted, each once, and only those before the
     * end of the token stream ({@code docStart}'s last entry): a document always starts a sentence.
     */
    static int[] merge(int[] docStart, int[] sentenceStarts) {
        int end = docStart[docStart.length - 1];
        int[] all = Arrays.copyOf(docStart, docStart.length - 1 + (sentenceStarts == null ? 0 : sentenceStarts.length));
        if (sentenceStarts != null) {
            System.arraycopy(sentenceStarts, 0, all, docStart.length - 1, sentenceStarts.length);
        }
        Arrays.sort(all);
        int n = 0;
        for (int s : all) {
            if (s < end && (n == 0 || all[n - 1] != s)) {
                all[n++] = s;
            }
        }
        return Arrays.copyOf(all, n);
    }
}
