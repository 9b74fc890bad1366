package org.siyaq.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Level;
import org.siyaq.benchmark.SyntheticCorpus;

/**
 * {@link BackgroundLevels} puts each form's levels at its id whichever thread analysed it and however the
 * forms were handed over: here in uneven batches that cut across its chunks.
 */
class BackgroundLevelsTest {

    private final ArabicAnalysis analysis = new ArabicAnalysis();

    @Test
    void forms_handed_over_in_uneven_batches_get_the_levels_of_their_own_ids() {
        Set<String> distinct = new LinkedHashSet<>();
        List<String> texts =
                new SeedCorpus().documents().stream().map(SourceDocument::text).toList();
        for (SourceDocument d : SyntheticCorpus.inflected(analysis, texts, 20_000, 3)) {
            analysis.tokenize(d.text()).forEach(t -> distinct.add(t.form()));
        }
        List<String> all = new ArrayList<>(distinct);
        // more than two chunks of 2,048, so both threads take some
        assertThat(all).hasSizeGreaterThan(2 * BackgroundLevels.CHUNK + 1);

        String[][] levels;
        try (BackgroundLevels background = new BackgroundLevels(analysis.formLevels())) {
            List<String> growing = new ArrayList<>();
            int[] batchEnds = {1, 1, 700, 2_048, 2_049, 4_500, all.size()}; // an empty batch, one form, chunk edges
            for (int end : batchEnds) {
                growing.addAll(all.subList(growing.size(), end));
                background.add(growing);
            }
            levels = background.finish();
        }

        for (Level level : Level.values()) {
            assertThat(levels[level.ordinal()]).hasSize(all.size());
        }
        for (int id = 0; id < all.size(); id++) {
            String[] expected = analysis.levels(all.get(id));
            for (Level level : Level.values()) {
                assertThat(levels[level.ordinal()][id])
                        .as(all.get(id) + " " + level)
                        .isEqualTo(expected[level.ordinal()]);
            }
        }
    }
}
