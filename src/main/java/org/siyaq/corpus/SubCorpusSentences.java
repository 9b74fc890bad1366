package org.siyaq.corpus;

import java.util.Arrays;
import org.siyaq.index.CorpusIndex;

/** The sentence starts of a sub-corpus: those of its documents in the whole corpus, moved to the new positions. */
final class SubCorpusSentences {

    private SubCorpusSentences() {}

    /**
     * @param chosen    the whole corpus's ordinals of the sub-corpus's documents, in order
     * @param newStarts where each of them starts in the sub-corpus
     */
    static int[] of(CorpusIndex whole, int[] chosen, int[] newStarts) {
        int[] out = new int[16];
        int n = 0;
        for (int i = 0; i < chosen.length; i++) {
            int from = whole.docStart(chosen[i]);
            int to = whole.docEnd(chosen[i]);
            for (int s = whole.nextSentenceStart(from); s < to; s = whole.nextSentenceStart(s + 1)) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, 2 * n);
                }
                out[n++] = s - from + newStarts[i];
            }
        }
        return Arrays.copyOf(out, n);
    }
}
