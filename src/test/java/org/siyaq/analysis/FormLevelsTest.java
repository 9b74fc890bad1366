package org.siyaq.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.siyaq.benchmark.SyntheticCorpus;
import org.siyaq.corpus.SeedCorpus;
import org.siyaq.corpus.SourceDocument;

/**
 * {@link FormLevels} remembers dictionary lookups, baseline roots and the norms of lemmas across forms;
 * these tests hold it to {@link ArabicAnalysis#levels} of an analyzer that remembers none of them across
 * forms, level by level, on thousands of varied forms: the benchmark's inflected vocabulary (clitics,
 * suffixes, spelling variants, words outside the dictionary), the bundled texts, and a few special tokens.
 */
class FormLevelsTest {

    private final ArabicAnalysis analysis = new ArabicAnalysis();
    private final ArabicAnalysis reference = new ArabicAnalysis();

    @Test
    void remembered_lookups_give_every_level_of_every_form_as_the_plain_analysis_does() {
        List<String> forms = variedForms();
        assertThat(forms).hasSizeGreaterThan(5_000);
        // a generation of 64: what is remembered turns over thousands of times, and a second pass over the
        // same forms is answered partly from what the first left
        FormLevels levels = analysis.formLevels(64);
        for (int pass = 0; pass < 2; pass++) {
            for (String form : forms) {
                assertThat(levels.of(form)).as(form).containsExactly(reference.levels(form));
            }
        }
    }

    @Test
    void the_ingest_sized_memory_gives_the_same_levels_too() {
        FormLevels levels = analysis.formLevels();
        for (String form : variedForms()) {
            assertThat(levels.of(form)).as(form).containsExactly(reference.levels(form));
        }
    }

    private List<String> variedForms() {
        List<String> texts =
                new SeedCorpus().documents().stream().map(SourceDocument::text).toList();
        Set<String> forms = new LinkedHashSet<>();
        for (SourceDocument d : SyntheticCorpus.inflected(analysis, texts, 30_000, 7)) {
            analysis.tokenize(d.text()).forEach(t -> forms.add(t.form()));
        }
        for (String text : texts) {
            analysis.tokenize(text).forEach(t -> forms.add(t.form()));
        }
        // vowelled and Uthmani spellings, the name of God with proclitics, digits, Latin, typed radicals
        forms.addAll(List.of(
                "\u0643\u064E\u062A\u064E\u0628\u064E",
                "\u0671\u0644\u0652\u0643\u0650\u062A\u064E\u0670\u0628",
                "\u0648\u0628\u0627\u0644\u0644\u0647",
                "\u0644\u0644\u0647",
                "2026",
                "siyaq",
                "\u0643-\u062A-\u0628"));
        return new ArrayList<>(forms);
    }
}
