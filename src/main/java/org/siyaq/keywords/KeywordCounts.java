package org.siyaq.keywords;

import java.util.Arrays;
import org.siyaq.analysis.Level;
import org.siyaq.index.CorpusIndex;
import org.siyaq.index.Lexicon;

/**
 * The frequency {@code a} in the target and {@code b} in the reference of every word either one has,
 * at one level, with the words in code-point order. Two corpora are joined by the words' strings at
 * the level; a sub-corpus shares its corpus's lexicon, so within one corpus the type ids are joined
 * directly, and the rest of a corpus outside a sub-corpus counts {@code b = freq in the whole − a}.
 * A row holds type ids, not strings: the word is read from a lexicon only when the row is shown, and
 * two lexicons are merged by comparing their strings where they lie ({@link Lexicon#compare}).
 */
final class KeywordCounts {

    private final Level level;
    private final Lexicon targetLexicon;
    private final Lexicon referenceLexicon;
    final int[] a;
    final int[] b;
    /** The word's type id in the target's and the reference's lexicon, −1 where it has none. */
    final int[] targetType;

    final int[] referenceType;
    final long n1;
    final long n2;

    private KeywordCounts(
            Level level,
            Lexicon targetLexicon,
            Lexicon referenceLexicon,
            int[] a,
            int[] b,
            int[] targetType,
            int[] referenceType,
            int rows,
            long n1,
            long n2) {
        this.level = level;
        this.targetLexicon = targetLexicon;
        this.referenceLexicon = referenceLexicon;
        this.a = Arrays.copyOf(a, rows);
        this.b = Arrays.copyOf(b, rows);
        this.targetType = Arrays.copyOf(targetType, rows);
        this.referenceType = Arrays.copyOf(referenceType, rows);
        this.n1 = n1;
        this.n2 = n2;
    }

    int size() {
        return a.length;
    }

    /** The word of row {@code r}. */
    String word(int r) {
        return targetType[r] >= 0
                ? targetLexicon.string(level, targetType[r])
                : referenceLexicon.string(level, referenceType[r]);
    }

    long bytes() {
        return 128L + 16L * a.length;
    }

    /** The target against the documents of {@code whole} outside it ({@code target} is a sub-corpus of {@code whole}). */
    static KeywordCounts againstRest(CorpusIndex target, CorpusIndex whole, Level level) {
        return sameLexicon(target, whole, level, true);
    }

    /** The target against a reference: joined by type id when they share a lexicon, by string otherwise. */
    static KeywordCounts of(CorpusIndex target, CorpusIndex reference, Level level) {
        if (target.lexicon() == reference.lexicon()) {
            return sameLexicon(target, reference, level, false);
        }
        return byString(target, reference, level);
    }

    private static KeywordCounts sameLexicon(CorpusIndex target, CorpusIndex reference, Level level, boolean rest) {
        Lexicon lexicon = target.lexicon();
        int types = lexicon.typeCount(level);
        Builder out = new Builder(types);
        int[] targetFreq = target.freqTable(level);
        int[] referenceFreq = reference.freqTable(level);
        for (int t = 0; t < types; t++) {
            int a = targetFreq[t];
            int b = rest ? referenceFreq[t] - a : referenceFreq[t];
            if (a + b > 0) {
                out.add(a, b, a > 0 ? t : -1, b > 0 ? t : -1);
            }
        }
        long n2 = rest ? reference.size() - target.size() : reference.size();
        return out.build(level, lexicon, lexicon, target.size(), n2);
    }

    /** A merge of the two lexicons' type lists, both in code-point order, skipping types without a token. */
    private static KeywordCounts byString(CorpusIndex target, CorpusIndex reference, Level level) {
        Lexicon left = target.lexicon();
        Lexicon right = reference.lexicon();
        int leftTypes = left.typeCount(level);
        int rightTypes = right.typeCount(level);
        Builder out = new Builder(leftTypes + rightTypes);
        int i = next(target, level, 0);
        int j = next(reference, level, 0);
        while (i < leftTypes || j < rightTypes) {
            int cmp = i == leftTypes ? 1 : j == rightTypes ? -1 : left.compare(level, i, right, j);
            if (cmp < 0) {
                out.add(target.freq(level, i), 0, i, -1);
                i = next(target, level, i + 1);
            } else if (cmp > 0) {
                out.add(0, reference.freq(level, j), -1, j);
                j = next(reference, level, j + 1);
            } else {
                out.add(target.freq(level, i), reference.freq(level, j), i, j);
                i = next(target, level, i + 1);
                j = next(reference, level, j + 1);
            }
        }
        return out.build(level, left, right, target.size(), reference.size());
    }

    /** The first type from {@code t} on with at least one token (a sub-corpus's lexicon has its whole corpus's types). */
    private static int next(CorpusIndex index, Level level, int t) {
        int types = index.lexicon().typeCount(level);
        while (t < types && index.freq(level, t) == 0) {
            t++;
        }
        return t;
    }

    private static final class Builder {
        private final int[] a;
        private final int[] b;
        private final int[] targetType;
        private final int[] referenceType;
        private int rows;

        Builder(int capacity) {
            a = new int[capacity];
            b = new int[capacity];
            targetType = new int[capacity];
            referenceType = new int[capacity];
        }

        void add(int freq, int freqRef, int inTarget, int inReference) {
            a[rows] = freq;
            b[rows] = freqRef;
            targetType[rows] = inTarget;
            referenceType[rows] = inReference;
            rows++;
        }

        KeywordCounts build(Level level, Lexicon targetLexicon, Lexicon referenceLexicon, long n1, long n2) {
            return new KeywordCounts(
                    level, targetLexicon, referenceLexicon, a, b, targetType, referenceType, rows, n1, n2);
        }
    }
}
