package org.siyaq.query;

import java.util.Arrays;
import java.util.function.ToIntFunction;
import org.siyaq.index.TokenStream;

/**
 * A CQL pattern compiled to a Thompson NFA over tokens (Thompson 1968, "Regular expression search
 * algorithm", CACM 11(6)) and run as a set of states, one token at a time, so that nested repetitions
 * cost time linear in the tokens read, never exponential backtracking.
 */
final class CqlNfa {

    /** Largest number of states a pattern may compile to. */
    static final int MAX_STATES = 4000;

    private static final int ANY = -1;
    private static final int SPLIT = -2;
    private static final int MATCH = -3;

    private int[] kind = new int[16];
    private int[] out1 = new int[16];
    private int[] out2 = new int[16];
    private int size;
    private final int start;
    private final ToIntFunction<CqlConstraint> predicates;

    private int[] mark;
    private int generation;
    private int[] current;
    private int[] next;
    private int[] stack;

    /** @param predicates the index of a constraint's form table in the matcher */
    CqlNfa(CqlNode pattern, ToIntFunction<CqlConstraint> predicates) {
        this.predicates = predicates;
        int match = add(MATCH);
        Fragment f = build(pattern);
        patch(f.holes, match);
        start = f.start;
        mark = new int[size];
        current = new int[size];
        next = new int[size];
        stack = new int[2 * size + 2];
    }

    /** An NFA that matches the empty sequence only (the empty side of an anchor). */
    static CqlNfa empty(ToIntFunction<CqlConstraint> predicates) {
        return new CqlNfa(new CqlNode.Sequence(java.util.List.of()), predicates);
    }

    private record Fragment(int start, int[] holes) {}

    private Fragment build(CqlNode node) {
        return switch (node) {
            case CqlNode.Token t -> {
                int s = add(t.any() ? ANY : predicates.applyAsInt(t.constraint()));
                yield new Fragment(s, new int[] {hole(s, 1)});
            }
            case CqlNode.Sequence seq -> {
                if (seq.items().isEmpty()) {
                    int s = add(SPLIT);
                    yield new Fragment(s, new int[] {hole(s, 1), hole(s, 2)});
                }
                Fragment f = build(seq.items().getFirst());
                for (int i = 1; i < seq.items().size(); i++) {
                    f = concat(f, build(seq.items().get(i)));
                }
                yield f;
            }
            case CqlNode.Alternatives alt -> {
                Fragment f = build(alt.options().getLast());
                for (int i = alt.options().size() - 2; i >= 0; i--) {
                    Fragment o = build(alt.options().get(i));
                    int s = add(SPLIT);
                    out1[s] = o.start;
                    out2[s] = f.start;
                    f = new Fragment(s, join(o.holes, f.holes));
                }
                yield f;
            }
            case CqlNode.Repeat r -> repeat(r);
        };
    }

    private Fragment repeat(CqlNode.Repeat r) {
        Fragment f = null;
        for (int i = 0; i < r.min(); i++) {
            f = f == null ? build(r.item()) : concat(f, build(r.item()));
        }
        if (r.max() == CqlNode.Repeat.UNBOUNDED) {
            Fragment x = build(r.item());
            int s = add(SPLIT);
            out1[s] = x.start;
            patch(x.holes, s);
            Fragment star = new Fragment(s, new int[] {hole(s, 2)});
            return f == null ? star : concat(f, star);
        }
        for (int i = r.min(); i < r.max(); i++) {
            Fragment x = build(r.item());
            int s = add(SPLIT);
            out1[s] = x.start;
            Fragment optional = new Fragment(s, join(x.holes, new int[] {hole(s, 2)}));
            f = f == null ? optional : concat(f, optional);
        }
        return f;
    }

    private Fragment concat(Fragment a, Fragment b) {
        patch(a.holes, b.start);
        return new Fragment(a.start, b.holes);
    }

    private static int hole(int state, int which) {
        return state * 2 + (which - 1);
    }

    private static int[] join(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private void patch(int[] holes, int target) {
        for (int h : holes) {
            if ((h & 1) == 0) {
                out1[h >> 1] = target;
            } else {
                out2[h >> 1] = target;
            }
        }
    }

    private int add(int k) {
        if (size == MAX_STATES) {
            throw new CqlException("cql.error.too-complex", MAX_STATES);
        }
        if (size == kind.length) {
            kind = Arrays.copyOf(kind, size * 2);
            out1 = Arrays.copyOf(out1, size * 2);
            out2 = Arrays.copyOf(out2, size * 2);
        }
        kind[size] = k;
        out1[size] = -1;
        out2[size] = -1;
        return size++;
    }

    /**
     * Runs the NFA over {@code tokens.get(from)}, {@code tokens.get(from + step)}, … for at most {@code steps}
     * tokens and writes to {@code lengths} how many tokens each match read, in increasing order.
     *
     * @param accepts for each predicate, whether it accepts each form id
     * @return how many lengths were written
     */
    int run(TokenStream tokens, int from, int step, int steps, boolean[][] accepts, int[] lengths) {
        int found = 0;
        generation++;
        matched = false;
        int n = closure(start, current, 0);
        if (matched) {
            lengths[found++] = 0;
        }
        for (int k = 0; k < steps && n > 0; k++) {
            int token = tokens.get(from + k * step);
            generation++;
            matched = false;
            int m = 0;
            for (int i = 0; i < n; i++) {
                int s = current[i];
                if (kind[s] == ANY || accepts[kind[s]][token]) {
                    m = closure(out1[s], next, m);
                }
            }
            if (matched) {
                lengths[found++] = k + 1;
            }
            int[] swap = current;
            current = next;
            next = swap;
            n = m;
        }
        return found;
    }

    private boolean matched;

    /** Adds the token states reachable from {@code s} without reading a token; notes a reachable match. */
    private int closure(int s, int[] into, int n) {
        int top = 0;
        stack[top++] = s;
        while (top > 0) {
            int t = stack[--top];
            if (mark[t] == generation) {
                continue;
            }
            mark[t] = generation;
            switch (kind[t]) {
                case SPLIT -> {
                    stack[top++] = out2[t];
                    stack[top++] = out1[t];
                }
                case MATCH -> matched = true;
                default -> into[n++] = t;
            }
        }
        return n;
    }
}
