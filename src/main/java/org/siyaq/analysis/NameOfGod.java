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
    private static final Set<String> WITH_PROCLITICS = Set.of(
            NORM,
            "\u0648" + NORM, // wa
            "\u0628" + NORM, // bi
            "\u062A" + NORM, // ta (oath)
            "\u0641" + NORM, // fa
            LILLAH, // li
            "\u0648" + LILLAH, // wa-li
            "\u0641" + LILLAH); // fa-li

    private NameOfGod() {}

    /** Whether a {@code norm} is the name of God, alone or with proclitics: الله والله بالله تالله فالله لله ولله فلله. */
    static boolean isWithProclitics(String norm) {
        return WITH_PROCLITICS.contains(norm);
    }
}
