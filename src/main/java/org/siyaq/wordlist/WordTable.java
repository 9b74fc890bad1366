package org.siyaq.wordlist;

import java.util.Arrays;
import java.util.List;
import org.siyaq.analysis.Level;
import org.siyaq.index.CorpusIndex;
import org.siyaq.index.TokenStream;
import org.siyaq.query.Deadline;

/**
 * The full frequency table of a corpus at one level, computed in one pass over the token stream:
 * every type's frequency, range and dispersion, the types in rank order, and the type/token summary.
 * Immutable; cached per corpus and level so that a page of it costs only the page.
 */
final class WordTable {

    static final int STTR_CHUNK = 1000;

    final Level level;
    final long tokens;
    /** Types with at least one token, by frequency descending, then type id (code-point order of the string). */
    final int[] order;
    /** The index's own frequency table of the level (shared, not copied). */
    final int[] freq;

    /**
     * Range and DP are held only for the types of two tokens or more ({@link #multiRange},
     * {@link #multiDp}, in type order): a type of one token (70% of the types of a real vocabulary)
     * has range 1 and a DP that depends only on its one document's share, so it keeps that document
     * ({@link #single}, a {@code char} each below 65,537 documents) instead of an {@code int} and a
     * {@code double}.
     */
    private final TypeClasses classes;

    private final int[] multiRange;
    private final double[] multiDp;
    /** The document of each type of one token, in type order, when the corpus has at most 65,536 documents. */
    private final char[] single;
    /** The same for a corpus of more documents ({@code null} otherwise). */
    private final int[] singleWide;

    /** Each document's share of the tokens, {@code s_i}. */
    private final double[] docShare;
    /** {@code 1 − min s_i}, the divisor that normalizes DP; 0 when DP is not normalized (fewer than two documents). */
    private final double dpScale;

    final WordListSummary summary;

    private WordTable(
            Level level,
            long tokens,
            int[] order,
            int[] freq,
            int[] range,
            double[] dp,
            int[] docOfSingle,
            double[] shares,
            double dpScale,
            WordListSummary summary) {
        this.level = level;
        this.tokens = tokens;
        this.order = order;
        this.freq = freq;
        this.classes = new TypeClasses(freq);
        this.multiRange = new int[classes.multiCount()];
        this.multiDp = new double[classes.multiCount()];
        boolean narrow = shares.length <= 1 << 16;
        this.single = narrow ? new char[classes.singleCount()] : null;
        this.singleWide = narrow ? null : new int[classes.singleCount()];
        for (int t = 0, m = 0, o = 0; t < freq.length; t++) {
            if (freq[t] > 1) {
                multiRange[m] = range[t];
                multiDp[m++] = dp[t];
            } else if (freq[t] == 1) {
                if (narrow) {
                    single[o++] = (char) docOfSingle[t];
                } else {
                    singleWide[o++] = docOfSingle[t];
                }
            }
        }
        this.docShare = shares;
        this.dpScale = dpScale;
        this.summary = summary;
    }

    static WordTable build(CorpusIndex index, Level level) {
        int types = index.lexicon().typeCount(level);
        int n = index.size();
        int[] freq = index.freqTable(level);
        int[] range = new int[types];
        double[] dp = new double[types];
        int[] docOfSingle = new int[types];
        double[] shares = new double[index.docCount()];
        double dpScale = dispersion(index, level, freq, range, dp, docOfSingle, shares);
        int[] order = rankOrder(freq);
        double ttr = n == 0 ? 0 : (double) order.length / n;
        WordListSummary summary = new WordListSummary(n, order.length, ttr, sttr(index, level, ttr));
        return new WordTable(level, n, order, freq, range, dp, docOfSingle, shares, dpScale, summary);
    }

    /**
     * Range, and Gries' DP (Gries 2008) with its normalization by {@code 1 − min s_i} (Lijffijt &amp;
     * Gries 2012), from per-document counts in O(N). DP sums {@code |v_i − s_i|} over every document;
     * a document without the word adds {@code s_i}, and the {@code s_i} add up to 1, so
     * {@code Σ_all |v_i − s_i| = Σ_{docs with w} (|v_i − s_i| − s_i) + 1}. The minimum share is taken
     * over documents with at least one token: a word cannot occur in an empty one, so
     * {@code 1 − min s_i} over them is the largest DP a word can reach. With fewer than two such
     * documents every word is spread perfectly and {@code dp_norm} is 0. Returns the divisor of
     * {@code dp_norm} (0 for none), so that it is computed per row instead of held for every type.
     */
    private static double dispersion(
            CorpusIndex index, Level level, int[] freq, int[] range, double[] dp, int[] docOfSingle, double[] shares) {
        int n = index.size();
        int[] table = index.typeTable(level);
        TokenStream stream = index.tokens();
        int[] inDoc = new int[freq.length];
        int[] touched = new int[freq.length];
        double[] sum = new double[freq.length];
        double minShare = 1;
        int nonEmpty = 0;
        for (int d = 0; d < index.docCount(); d++) {
            int from = index.docStart(d);
            int to = index.docEnd(d);
            if (from == to) {
                continue;
            }
            nonEmpty++;
            if ((d & 0xFF) == 0) {
                Deadline.checkCurrent();
            }
            double s = (double) (to - from) / n;
            shares[d] = s;
            minShare = Math.min(minShare, s);
            int k = 0;
            for (int p = from; p < to; p++) {
                int t = table[stream.get(p)];
                if (inDoc[t]++ == 0) {
                    touched[k++] = t;
                }
            }
            for (int j = 0; j < k; j++) {
                int t = touched[j];
                double v = (double) inDoc[t] / freq[t];
                sum[t] += Math.abs(v - s) - s;
                range[t]++;
                docOfSingle[t] = d;
                inDoc[t] = 0;
            }
        }
        for (int t = 0; t < freq.length; t++) {
            if (freq[t] > 0) {
                dp[t] = dp(sum[t]);
            }
        }
        return nonEmpty < 2 ? 0 : 1 - minShare;
    }

    /** DP from {@code Σ_{docs with w} (|v_i − s_i| − s_i)}; rounding can leave a perfectly even word a hair below zero. */
    private static double dp(double sum) {
        return Math.max(0, 0.5 * (sum + 1));
    }

    /** The range of type {@code t}: the number of documents it occurs in. */
    int range(int t) {
        int f = freq[t];
        return f > 1 ? multiRange[classes.multiIndex(t)] : f;
    }

    /**
     * Gries' DP of type {@code t}; for a type of one token in document {@code d}, the one term of the
     * sum computed as {@link #dispersion} computes it ({@code v = 1/1}), so the same double.
     */
    double dp(int t) {
        int f = freq[t];
        if (f > 1) {
            return multiDp[classes.multiIndex(t)];
        }
        if (f == 0) {
            return 0;
        }
        int o = classes.singleIndex(t);
        double s = docShare[single != null ? single[o] : singleWide[o]];
        double v = (double) 1 / 1;
        return dp(0.0 + (Math.abs(v - s) - s));
    }

    /** Frequency descending; equal frequencies by type id, which is the code-point order of the strings. */
    private static int[] rankOrder(int[] freq) {
        long[] keys = new long[freq.length];
        int k = 0;
        for (int t = 0; t < freq.length; t++) {
            if (freq[t] > 0) {
                keys[k++] = (long) (Integer.MAX_VALUE - freq[t]) << 32 | t;
            }
        }
        keys = Arrays.copyOf(keys, k);
        Arrays.sort(keys);
        int[] order = new int[k];
        for (int i = 0; i < k; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }

    /** Mean TTR over consecutive 1,000-token chunks of the whole token stream, the last shorter chunk left out. */
    private static double sttr(CorpusIndex index, Level level, double ttr) {
        int chunks = index.size() / STTR_CHUNK;
        if (chunks == 0) {
            return ttr;
        }
        int[] table = index.typeTable(level);
        TokenStream stream = index.tokens();
        int[] seenInChunk = new int[index.lexicon().typeCount(level)];
        double sum = 0;
        for (int c = 0; c < chunks; c++) {
            int distinct = 0;
            if ((c & 0xFF) == 0) {
                Deadline.checkCurrent();
            }
            for (int p = c * STTR_CHUNK; p < (c + 1) * STTR_CHUNK; p++) {
                int t = table[stream.get(p)];
                if (seenInChunk[t] != c + 1) {
                    seenInChunk[t] = c + 1;
                    distinct++;
                }
            }
            sum += (double) distinct / STTR_CHUNK;
        }
        return sum / chunks;
    }

    /** The row of type {@code t} at 1-based {@code rank}. */
    WordRow row(int rank, int t, String word, List<String> forms) {
        double dp = dp(t);
        double dpNorm = dpScale == 0 || freq[t] == 0 ? 0 : dp / dpScale;
        return new WordRow(rank, word, freq[t], freq[t] * 1_000_000.0 / tokens, range(t), dp, dpNorm, forms);
    }

    long bytes() {
        return 128L
                + 4L * order.length
                + 12L * multiRange.length
                + (single != null ? 2L * single.length : 4L * singleWide.length)
                + 8L * docShare.length
                + classes.bytes();
    }
}
