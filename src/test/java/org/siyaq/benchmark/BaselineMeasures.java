package org.siyaq.benchmark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import org.siyaq.collocation.CollocateRow;

/**
 * Siyaq's own association measures for the baselines' collocate tables, so the baselines differ from
 * Siyaq only in how they count, not in the statistics. The method is package-private in
 * {@code collocation}; reflection reaches it without a second copy of the formulas.
 */
final class BaselineMeasures {

    private static final Method ROW;

    static {
        try {
            ROW = Class.forName("org.siyaq.collocation.AssociationMeasures")
                    .getDeclaredMethod(
                            "row", String.class, int.class, int.class, long.class, long.class, int.class, List.class);
            ROW.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private BaselineMeasures() {}

    static CollocateRow row(String word, int o11, int c1, long r1, long n, int nodeFreq) {
        try {
            return (CollocateRow) ROW.invoke(null, word, o11, c1, r1, n, nodeFreq, List.of());
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
