package org.siyaq.query;

import org.siyaq.analysis.Level;

/** What one token of a CQL pattern must be: attribute tests joined by {@code &}, {@code |} and {@code !}. */
sealed interface CqlConstraint {

    /**
     * {@code level="regex"} or, with {@code negated}, {@code level!="regex"}.
     *
     * @param regex the value with its letters spelled as the level spells them
     */
    record Test(Level level, String regex, boolean negated) implements CqlConstraint {}

    record And(CqlConstraint left, CqlConstraint right) implements CqlConstraint {}

    record Or(CqlConstraint left, CqlConstraint right) implements CqlConstraint {}

    record Not(CqlConstraint inner) implements CqlConstraint {}
}
