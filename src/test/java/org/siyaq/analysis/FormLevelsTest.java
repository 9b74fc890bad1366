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
 * {@link FormLevels} analyses each form once for all its levels; these tests hold it to {@link
 * ArabicAnalysis#toLevel}, which computes each level on its own (the norm again for each, the lemma and the
 * root through the query path's remembered analyses), level by level, on thousands of varied forms: the
 * benchmark's inflected vocabulary (clitics, suffixes, spelling variants, words outside the dictionary), the
 * bundled texts, and a few special tokens.
 */
class FormLevelsTest {

    private final ArabicAnalysis analysis = new ArabicAnalysis();
    private final ArabicAnalysis reference = new ArabicAnalysis();

    @Test
    void every_level_of_every_form_is_the_one_each_level_gives_alone() {
        List<String> forms = variedForms();
        assertThat(forms).hasSizeGreaterThan(5_000);
        FormLevels levels = analysis.formLevels();
        for (String form : forms) {
            String[] all = levels.of(form);
            for (Level level : Level.values()) {
                assertThat(all[level.ordinal()]).as(form + " " + level).isEqualTo(reference.toLevel(form, level));
            }
        }
    }

    @Test
    void running_every_step_before_an_ingest_takes_the_cleaning_filter_and_the_dictionary_and_changes_no_answer() {
        String sample = ArabicAnalysis.STEPS_SAMPLE;
        assertThat(CleaningCharMap.indexOfChange(sample, 0))
                .as("a char the cleaning filter changes")
                .isNotNegative();
        TokenRun run = analysis.tokenRun(sample);
        List<String> forms = new ArrayList<>();
        for (int i = 0; i < run.size(); i++) {
            forms.add(run.form(i));
        }
        assertThat(forms).contains("abc", "2026", "\u0633\u064A\u0643\u062A\u0628\u0648\u0646\u0647\u0627");
        int reduced = 0;
        analysis.runEveryStep();
        FormLevels levels = analysis.formLevels();
        for (String form : forms) {
            String[] all = levels.of(form);
            for (Level level : Level.values()) {
                assertThat(all[level.ordinal()]).as(form + " " + level).isEqualTo(reference.toLevel(form, level));
            }
            if (!all[Level.ROOT.ordinal()].equals(all[Level.NORM.ordinal()])) {
                reduced++;
            }
        }
        assertThat(reduced).as("words the morphology reduces to a root").isGreaterThan(5);
    }

    @Test
    void the_levels_of_one_form_do_not_depend_on_the_forms_analysed_before() {
        List<String> forms = variedForms();
        FormLevels levels = analysis.formLevels();
        String[][] forward = new String[forms.size()][];
        for (int i = 0; i < forms.size(); i++) {
            forward[i] = levels.of(forms.get(i));
        }
        // the same forms backwards, on a fresh analyzer: whatever one form leaves behind cannot reach the next
        FormLevels fresh = reference.formLevels();
        for (int i = forms.size() - 1; i >= 0; i--) {
            assertThat(fresh.of(forms.get(i))).as(forms.get(i)).containsExactly(forward[i]);
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
