package org.siyaq.analysis;

import java.util.function.Function;
import org.siyaq.analysis.morph.Morphology;

/**
 * Every level of many forms, for one ingest ({@link ArabicAnalysis#formLevels}): each form is analysed
 * once for all its levels, and nothing is remembered across forms (a memo of lookups cost more than it
 * saved: docs/performance.md, "Ingest, fifth session"). The strings are those {@link ArabicAnalysis#levels}
 * gives. Thread-safe.
 */
public final class FormLevels {

    private final ArabicAnalysis analysis;
    private final Function<String, Morphology.Analysis> analyse;

    FormLevels(ArabicAnalysis analysis, Morphology morphology) {
        this.analysis = analysis;
        this.analyse = morphology::analyse;
    }

    /** Every level of a {@code form}, indexed by {@link Level#ordinal()}: {@link ArabicAnalysis#levels}. */
    public String[] of(String form) {
        return analysis.levels(form, analyse);
    }
}
