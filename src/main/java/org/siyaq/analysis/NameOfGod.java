package org.siyaq.analysis;

import java.util.Set;

/**
 * The name of God, which the light stemmer would cut to له or لل and ISRI to الل (docs/arabic.md,
 * {@code stem}): its norm alone and with the proclitics و ف ب ت ل (لله is ل + الله with the alef elided).
 */
final class NameOfGod {

    static final String NORM = "\u0627\u0644\u0644\u0647"; // alef lam lam heh
    /** Its root, written with hamza as the first radical (ءله), as the dictionaries give it under إله. */
    static final String ROOT = "\u0621\u0644\u0647";

    private static final String LILLAH = "\u0644\u0644\u0647"; // lam lam heh
    private static final String WA = "\u0648";
    private static final String FA = "\u0641";
    private static final String BI = "\u0628";
    private static final String TA = "\u062A";
    /** The stem spec's exact list (arabic.md): the stem level must give الله for these and only these. */
    private static final Set<String> WITH_PROCLITICS =
            Set.of(NORM, WA + NORM, BI + NORM, TA + NORM, FA + NORM, LILLAH, WA + LILLAH, FA + LILLAH);

    /**
     * For lemma and root, also the two-proclitic forms the stem list leaves out: و or ف before بـ or تـ (وبالله،
     * فبالله، وتالله، فتالله), and ف before the oath's و (فوالله).
     */
    private static final Set<String> FOR_LEMMA_AND_ROOT = Set.of(
            NORM,
            WA + NORM,
            BI + NORM,
            TA + NORM,
            FA + NORM,
            LILLAH,
            WA + LILLAH,
            FA + LILLAH,
            WA + BI + NORM,
            FA + BI + NORM,
            WA + TA + NORM,
            FA + TA + NORM,
            FA + WA + NORM);

    /** allāhumma (O God), which Hans Wehr files with the name under أله: its root only (its lemma is its own). */
    private static final String ALLAHUMMA = NORM + "\u0645";

    private static final Set<String> ROOT_ONLY = Set.of(ALLAHUMMA, WA + ALLAHUMMA, FA + ALLAHUMMA);

    private NameOfGod() {}

    /** Whether a {@code norm} is the name of God, alone or with proclitics: الله والله بالله تالله فالله لله ولله فلله. */
    static boolean isWithProclitics(String norm) {
        return WITH_PROCLITICS.contains(norm);
    }

    /** Whether a {@code norm} has the lemma الله: {@link #isWithProclitics}, and with two proclitics (وبالله). */
    static boolean hasNameAsLemma(String norm) {
        return FOR_LEMMA_AND_ROOT.contains(norm);
    }

    /** Whether a {@code norm} has the root ءله without going through the patterns: {@link #hasNameAsLemma} and اللهم. */
    static boolean hasNameRoot(String norm) {
        return FOR_LEMMA_AND_ROOT.contains(norm) || ROOT_ONLY.contains(norm);
    }
}
