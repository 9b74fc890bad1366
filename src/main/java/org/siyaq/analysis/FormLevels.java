package org.siyaq.analysis;

/**
 * Every level of many forms, for one ingest ({@link ArabicAnalysis#formLevels}): what the dictionary and the
 * baseline root gave for one form's stems is remembered for the next forms, and the strings are those
 * {@link ArabicAnalysis#levels} gives. Thread-safe; holds memory until dropped.
 */
public final class FormLevels {

    private final ArabicAnalysis analysis;
    private final ArabicAnalysis.Caches caches;

    FormLevels(ArabicAnalysis analysis, ArabicAnalysis.Caches caches) {
        this.analysis = analysis;
        this.caches = caches;
    }

    /** Every level of a {@code form}, indexed by {@link Level#ordinal()}: {@link ArabicAnalysis#levels}. */
    public String[] of(String form) {
        return analysis.levels(form, caches);
    }
}
