package org.siyaq.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.siyaq.analysis.Level;
import org.siyaq.index.CorpusIndex;
import org.siyaq.index.Lexicon;
import org.siyaq.index.TokenStream;

/**
 * Finds the hits of a CQL pattern over the integer token stream, from the rarest constraint outward:
 * of the tokens every match must contain, the one with the fewest postings is the anchor; from each of
 * its positions the part of the pattern before it runs backwards and the part after it forwards, as
 * NFAs ({@link CqlNfa}). A pattern with no such token (alternatives of sequences) runs forwards from
 * every position its first token accepts. One hit per start position: the longest match there (CQP's
 * "longest" matching strategy), at most {@link #MAX_SPAN} tokens, never across a document or, with
 * {@code within <s/>}, a sentence.
 */
final class CqlMatcher {

    /** The most tokens one hit may span. */
    static final int MAX_SPAN = 100;

    private final CorpusIndex index;
    private final Deadline deadline;
    private final Map<CqlConstraint, Integer> predicateIds = new HashMap<>();
    private final List<boolean[]> predicates = new ArrayList<>();
    private final Map<CqlConstraint, boolean[]> accepted = new HashMap<>();

    private CqlMatcher(CorpusIndex index, Deadline deadline) {
        this.index = index;
        this.deadline = deadline;
    }

    static Hits find(CorpusIndex index, CqlPattern pattern, Deadline deadline) {
        return new CqlMatcher(index, deadline).run(pattern);
    }

    private Hits run(CqlPattern pattern) {
        boolean sentences = pattern.within() == CqlPattern.Within.SENTENCE;
        List<CqlNode> items = new ArrayList<>();
        flatten(pattern.body(), items);
        int anchor = -1;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof CqlNode.Token t && !t.any()) {
                long cost = cost(t.constraint());
                if (cost < best) {
                    best = cost;
                    anchor = i;
                }
            }
        }
        Pairs pairs = new Pairs();
        if (anchor >= 0) {
            CqlNfa before =
                    new CqlNfa(CqlNode.reversed(new CqlNode.Sequence(items.subList(0, anchor))), this::predicate);
            CqlNfa after = new CqlNfa(new CqlNode.Sequence(items.subList(anchor + 1, items.size())), this::predicate);
            fromAnchor(
                    index.positionsOfForms(formsOf(((CqlNode.Token) items.get(anchor)).constraint())),
                    before,
                    after,
                    sentences,
                    pairs);
        } else {
            CqlNfa all = new CqlNfa(pattern.body(), this::predicate);
            fromEveryStart(all, sentences, pairs);
        }
        return pairs.hits(index);
    }

    private void fromAnchor(int[] candidates, CqlNfa before, CqlNfa after, boolean sentences, Pairs pairs) {
        boolean[][] accepts = predicates.toArray(new boolean[0][]);
        TokenStream tokens = index.tokens();
        int[] back = new int[MAX_SPAN + 1];
        int[] forward = new int[MAX_SPAN + 1];
        Region region = new Region(index, sentences);
        for (int c = 0; c < candidates.length; c++) {
            int p = candidates[c];
            region.moveTo(p);
            int backSteps = Math.min(p - region.from, MAX_SPAN - 1);
            int starts = before.run(tokens, p - 1, -1, backSteps, accepts, back);
            if (starts == 0) {
                continue;
            }
            int forwardSteps = Math.min(region.to - p - 1, MAX_SPAN - 1);
            int ends = after.run(tokens, p + 1, 1, forwardSteps, accepts, forward);
            for (int i = 0; i < starts && ends > 0; i++) {
                int start = p - back[i];
                // the longest end that keeps the hit within MAX_SPAN tokens
                for (int j = ends - 1; j >= 0; j--) {
                    int end = p + 1 + forward[j];
                    if (end - start <= MAX_SPAN) {
                        pairs.add(start, end);
                        break;
                    }
                }
            }
            if ((c & 0xFFF) == 0) {
                deadline.check();
            }
        }
    }

    private void fromEveryStart(CqlNfa nfa, boolean sentences, Pairs pairs) {
        boolean[][] accepts = predicates.toArray(new boolean[0][]);
        TokenStream tokens = index.tokens();
        int[] lengths = new int[MAX_SPAN + 1];
        Region region = new Region(index, sentences);
        for (int p = 0; p < tokens.size(); p++) {
            region.moveTo(p);
            int n = nfa.run(tokens, p, 1, Math.min(region.to - p, MAX_SPAN), accepts, lengths);
            if (n > 0 && lengths[n - 1] > 0) {
                pairs.add(p, p + lengths[n - 1]);
            }
            if ((p & 0xFFF) == 0) {
                deadline.check();
            }
        }
    }

    /**
     * The pattern as a flat list of items in sequence: sequences opened, a repetition with a minimum
     * written out once ({@code x{2,4}} as {@code x x{1,3}}), alternatives of single tokens made one
     * token, so that every token every match must have is an item of its own and may be the anchor.
     */
    private static void flatten(CqlNode node, List<CqlNode> out) {
        switch (node) {
            case CqlNode.Sequence s -> s.items().forEach(i -> flatten(i, out));
            case CqlNode.Repeat r
            when r.min() >= 1 -> {
                flatten(r.item(), out);
                int max = r.max() == CqlNode.Repeat.UNBOUNDED ? r.max() : r.max() - 1;
                if (max != 0) {
                    flatten(new CqlNode.Repeat(r.item(), r.min() - 1, max), out);
                }
            }
            case CqlNode.Alternatives a
            when a.options().stream().allMatch(o -> o instanceof CqlNode.Token) -> {
                CqlConstraint union = null;
                for (CqlNode o : a.options()) {
                    CqlNode.Token t = (CqlNode.Token) o;
                    if (t.any()) {
                        out.add(t);
                        return;
                    }
                    union = union == null ? t.constraint() : new CqlConstraint.Or(union, t.constraint());
                }
                out.add(new CqlNode.Token(union));
            }
            default -> out.add(node);
        }
    }

    private int predicate(CqlConstraint c) {
        Integer id = predicateIds.get(c);
        if (id == null) {
            id = predicates.size();
            predicates.add(accepts(c));
            predicateIds.put(c, id);
        }
        return id;
    }

    /** For every form id, whether the constraint accepts it. */
    private boolean[] accepts(CqlConstraint c) {
        boolean[] known = accepted.get(c);
        if (known == null) {
            known = compute(c);
            accepted.put(c, known);
        }
        return known;
    }

    private boolean[] compute(CqlConstraint c) {
        int forms = index.lexicon().formCount();
        boolean[] out = new boolean[forms];
        switch (c) {
            case CqlConstraint.Test t -> {
                boolean[] types = matchingTypes(t.level(), t.regex());
                int[] table = index.typeTable(t.level());
                for (int f = 0; f < forms; f++) {
                    out[f] = types[table[f]] != t.negated();
                }
            }
            case CqlConstraint.And a -> {
                boolean[] l = accepts(a.left());
                boolean[] r = accepts(a.right());
                for (int f = 0; f < forms; f++) {
                    out[f] = l[f] && r[f];
                }
            }
            case CqlConstraint.Or o -> {
                boolean[] l = accepts(o.left());
                boolean[] r = accepts(o.right());
                for (int f = 0; f < forms; f++) {
                    out[f] = l[f] || r[f];
                }
            }
            case CqlConstraint.Not n -> {
                boolean[] inner = accepts(n.inner());
                for (int f = 0; f < forms; f++) {
                    out[f] = !inner[f];
                }
            }
        }
        return out;
    }

    /** The types of a level whose whole string the regex matches; a value without regex syntax is looked up. */
    private boolean[] matchingTypes(Level level, String regex) {
        Lexicon lexicon = index.lexicon();
        boolean[] types = new boolean[lexicon.typeCount(level)];
        if (isLiteral(regex)) {
            int type = lexicon.lookup(level, regex);
            if (type >= 0) {
                types[type] = true;
            }
            return types;
        }
        QueryMatcher.matchAll(lexicon, level, types, Pattern.compile(regex), deadline, regex);
        return types;
    }

    static boolean isLiteral(String regex) {
        for (int i = 0; i < regex.length(); i++) {
            if ("\\.[]{}()*+?^$|".indexOf(regex.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The type a constraint accepts when it is one plain value ({@code [norm="fy"]} in Buckwalter: a value without
     * regex syntax, not negated), -1 when the corpus lacks that value, {@code null} for any other constraint.
     */
    private Integer literalType(CqlConstraint c) {
        if (c instanceof CqlConstraint.Test t && !t.negated() && isLiteral(t.regex())) {
            return index.lexicon().lookup(t.level(), t.regex());
        }
        return null;
    }

    /** How many tokens a constraint accepts: a plain value's frequency, else a sum over the forms it accepts. */
    private long cost(CqlConstraint c) {
        Integer type = literalType(c);
        if (type != null) {
            return type < 0 ? 0 : index.freq(((CqlConstraint.Test) c).level(), type);
        }
        boolean[] accepts = accepts(c);
        long cost = 0;
        for (int f = 0; f < accepts.length; f++) {
            if (accepts[f]) {
                cost += index.formFreq(f);
            }
        }
        return cost;
    }

    /** The forms a constraint accepts, ascending: a plain value's by its type, without a table of every form. */
    private int[] formsOf(CqlConstraint c) {
        Integer type = literalType(c);
        if (type == null) {
            return QueryMatcher.formsWhere(accepts(c));
        }
        return type < 0 ? new int[0] : index.lexicon().formsOf(((CqlConstraint.Test) c).level(), type);
    }

    /** The document, or sentence, around a position; positions come in increasing order. */
    private static final class Region {
        private final CorpusIndex index;
        private final boolean sentences;
        private int doc;
        int from;
        int to;

        Region(CorpusIndex index, boolean sentences) {
            this.index = index;
            this.sentences = sentences;
        }

        void moveTo(int p) {
            while (index.docEnd(doc) <= p) {
                doc++;
            }
            from = index.docStart(doc);
            to = index.docEnd(doc);
            if (sentences) {
                int s = index.sentenceOf(p);
                from = Math.max(from, index.sentenceStart(s));
                if (s + 1 < index.sentenceCount()) {
                    to = Math.min(to, index.sentenceStart(s + 1));
                }
            }
        }
    }

    /** Hits as (start, end) pairs, kept in order and with one hit per start, the longest. */
    private static final class Pairs {
        private long[] pairs = new long[256];
        private int n;
        private boolean sorted = true;

        void add(int start, int end) {
            long key = (long) start << 32 | end;
            if (n > 0 && key < pairs[n - 1]) {
                sorted = false;
            }
            if (n == pairs.length) {
                pairs = Arrays.copyOf(pairs, n * 2);
            }
            pairs[n++] = key;
        }

        Hits hits(CorpusIndex index) {
            if (!sorted) {
                Arrays.sort(pairs, 0, n);
            }
            int[] starts = new int[n];
            int[] lengths = new int[n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                int start = (int) (pairs[i] >>> 32);
                int end = (int) pairs[i];
                if (k > 0 && starts[k - 1] == start) {
                    lengths[k - 1] = end - start;
                } else {
                    starts[k] = start;
                    lengths[k++] = end - start;
                }
            }
            int documents = 0;
            int lastDoc = -1;
            int doc = 0;
            boolean sameLength = true;
            for (int i = 0; i < k; i++) {
                while (index.docEnd(doc) <= starts[i]) {
                    doc++;
                }
                if (doc != lastDoc) {
                    documents++;
                    lastDoc = doc;
                }
                sameLength &= lengths[i] == lengths[0];
            }
            starts = Arrays.copyOf(starts, k);
            return sameLength
                    ? new Hits(starts, k == 0 ? 1 : lengths[0], documents)
                    : new Hits(starts, Arrays.copyOf(lengths, k), documents);
        }
    }
}
