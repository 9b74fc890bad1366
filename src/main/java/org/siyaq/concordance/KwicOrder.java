package org.siyaq.concordance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.index.CorpusIndex;
import org.siyaq.index.TokenStream;
import org.siyaq.query.Deadline;
import org.siyaq.query.Hits;

/**
 * The concordance lines of a query in the order asked for: a sample drawn, hidden lines left out, then
 * sorted on one or more levels (see {@link KwicOptions}). Sorting uses type ids, which are in
 * code-point order of the level's strings; corpus order breaks the last ties.
 */
final class KwicOrder {

    private KwicOrder() {}

    /** The match starts of the lines {@code q} asks for, in its order. */
    static int[] of(LoadedCorpus corpus, Hits hits, ConcordanceQuery q) {
        KwicOptions options = q.options();
        int[] which = options.sample() > 0 ? sample(hits.count(), options.sample(), options.seed()) : all(hits.count());
        if (!options.hidden().isEmpty()) {
            which = withoutHidden(corpus, hits, which, options);
        }
        List<KwicSort> levels = new ArrayList<>();
        levels.add(q.sort());
        levels.addAll(options.thenBy());
        int[] ordered = sort(corpus.index(), hits, which, q.level(), levels);
        int[] starts = new int[ordered.length];
        for (int i = 0; i < ordered.length; i++) {
            starts[i] = hits.starts()[ordered[i]];
        }
        return starts;
    }

    private static int[] all(int n) {
        int[] out = new int[n];
        Arrays.setAll(out, i -> i);
        return out;
    }

    /**
     * {@code k} of the numbers {@code 0 … n-1}, each set of {@code k} equally likely, in increasing order:
     * selection sampling (Knuth, TAOCP vol. 2, 3rd ed., §3.4.2, Algorithm S) — number {@code i} is taken
     * with probability (still needed) / (still left). The same seed gives the same sample.
     */
    static int[] sample(int n, int k, long seed) {
        if (k >= n) {
            return all(n);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] out = new int[k];
        int taken = 0;
        for (int i = 0; i < n && taken < k; i++) {
            if (random.nextInt(n - i) < k - taken) {
                out[taken++] = i;
            }
        }
        return out;
    }

    private static int[] withoutHidden(LoadedCorpus corpus, Hits hits, int[] which, KwicOptions options) {
        CorpusIndex index = corpus.index();
        int[] kept = new int[which.length];
        int n = 0;
        for (int i : which) {
            int start = hits.starts()[i];
            int doc = index.docOf(start);
            LineId id = new LineId(corpus.document(doc).id(), start - index.docStart(doc));
            if (!options.hidden().contains(id)) {
                kept[n++] = i;
            }
        }
        return Arrays.copyOf(kept, n);
    }

    /**
     * The hit numbers {@code which} (increasing) ordered by {@code levels}: one stable sort per level, the
     * last level first (least significant digit first, as a radix sort), so that each level breaks the
     * ties of the one before it and corpus order breaks the last ties.
     */
    static int[] sort(CorpusIndex index, Hits hits, int[] which, Level level, List<KwicSort> levels) {
        int keys = index.lexicon().typeCount(level) + 1;
        int[] order = all(which.length);
        for (int l = levels.size() - 1; l >= 0; l--) {
            if (levels.get(l) == KwicSort.CORPUS) {
                continue;
            }
            int[] key = keys(index, hits, which, level, levels.get(l));
            order = which.length >= keys / 8 ? countingSort(order, key, keys) : comparisonSort(order, key);
        }
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = which[order[i]];
        }
        return out;
    }

    /** The sort key of each hit of {@code which}: 0 for a word beyond the document's edge (it sorts first), else type + 1. */
    private static int[] keys(CorpusIndex index, Hits hits, int[] which, Level level, KwicSort sort) {
        int[] types = index.typeTable(level);
        TokenStream tokens = index.tokens();
        int[] key = new int[which.length];
        int doc = 0;
        for (int p = 0; p < which.length; p++) {
            int i = which[p];
            int start = hits.starts()[i];
            while (index.docEnd(doc) <= start) {
                doc++;
            }
            int at = sort.offset() == 0
                    ? start
                    : sort.offset() < 0 ? start + sort.offset() : start + hits.lengthAt(i) - 1 + sort.offset();
            key[p] = at < index.docStart(doc) || at >= index.docEnd(doc) ? 0 : types[tokens.get(at)] + 1;
            if ((p & 0xFFFF) == 0) {
                Deadline.checkCurrent();
            }
        }
        return key;
    }

    /** {@code order} stably sorted by {@code key[order[p]]}: a counting sort, O(lines + types), for many lines. */
    private static int[] countingSort(int[] order, int[] key, int keys) {
        int[] next = new int[keys + 1];
        for (int p : order) {
            next[key[p] + 1]++;
        }
        for (int k = 0; k < keys; k++) {
            next[k + 1] += next[k];
        }
        int[] out = new int[order.length];
        for (int p : order) {
            out[next[key[p]]++] = p;
        }
        return out;
    }

    /** The same for few lines, without a table the size of the level: (key, place in order) pairs sorted. */
    private static int[] comparisonSort(int[] order, int[] key) {
        long[] pairs = new long[order.length];
        for (int j = 0; j < order.length; j++) {
            pairs[j] = (long) key[order[j]] << 32 | j;
        }
        Arrays.sort(pairs);
        int[] out = new int[order.length];
        for (int j = 0; j < pairs.length; j++) {
            out[j] = order[(int) pairs[j]];
        }
        return out;
    }
}
