package org.siyaq.query;

import java.util.List;

/**
 * A parsed CQL pattern, before it is run: a token with its constraint, a sequence, alternatives, or a
 * repetition. Records, so that the {@code toString} of a pattern is a canonical cache key.
 */
sealed interface CqlNode {

    /** One token; {@code constraint} null for {@code []}, any token. */
    record Token(CqlConstraint constraint) implements CqlNode {
        boolean any() {
            return constraint == null;
        }
    }

    record Sequence(List<CqlNode> items) implements CqlNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    record Alternatives(List<CqlNode> options) implements CqlNode {
        public Alternatives {
            options = List.copyOf(options);
        }
    }

    /** {@code item{min,max}}; {@code max} is {@link #UNBOUNDED} for {@code *} and {@code +}. */
    record Repeat(CqlNode item, int min, int max) implements CqlNode {
        static final int UNBOUNDED = -1;
    }

    /** Whether the node can match no token at all ({@code "a"?}, {@code []*}). */
    static boolean nullable(CqlNode node) {
        return switch (node) {
            case Token t -> false;
            case Sequence s -> s.items().stream().allMatch(CqlNode::nullable);
            case Alternatives a -> a.options().stream().anyMatch(CqlNode::nullable);
            case Repeat r -> r.min() == 0 || nullable(r.item());
        };
    }

    /**
     * Whether the node can match a run of tokens none of which is constrained ({@code []}, {@code []+},
     * {@code ("a" | [])}): such a pattern matches at every token of the corpus.
     */
    static boolean matchesUnconstrained(CqlNode node) {
        return switch (node) {
            case Token t -> t.any();
            case Sequence s ->
                s.items().stream().allMatch(i -> nullable(i) || matchesUnconstrained(i))
                        && s.items().stream().anyMatch(CqlNode::matchesUnconstrained);
            case Alternatives a -> a.options().stream().anyMatch(CqlNode::matchesUnconstrained);
            case Repeat r -> r.max() != 0 && matchesUnconstrained(r.item());
        };
    }

    /** The node read right to left, for matching backwards from an anchor token. */
    static CqlNode reversed(CqlNode node) {
        return switch (node) {
            case Token t -> t;
            case Sequence s ->
                new Sequence(
                        s.items().reversed().stream().map(CqlNode::reversed).toList());
            case Alternatives a ->
                new Alternatives(a.options().stream().map(CqlNode::reversed).toList());
            case Repeat r -> new Repeat(reversed(r.item()), r.min(), r.max());
        };
    }
}
