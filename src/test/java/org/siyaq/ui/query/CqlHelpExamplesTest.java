package org.siyaq.ui.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.i18n.Messages;
import org.siyaq.query.Hits;
import org.siyaq.query.QueryService;
import org.siyaq.testing.FixtureCorpus;
import org.siyaq.testing.SeedTexts;

/** The cheat sheet's examples run on the bundled corpus and find something; the builder writes the CQL it shows. */
class CqlHelpExamplesTest {

    @Test
    void every_example_of_the_cheat_sheet_finds_hits_in_the_bundled_corpus() throws IOException {
        LoadedCorpus seeds = FixtureCorpus.of("seeds", SeedTexts.all());
        QueryService queries = FixtureCorpus.queries();
        for (int i = 1; i <= CqlHelp.EXAMPLES; i++) {
            String query = CqlHelp.example(i, Messages.ENGLISH);
            assertThat(CqlHelp.example(i, Messages.ARABIC)).isEqualTo(query);
            Hits hits = queries.find(seeds, query, Level.NORM);
            assertThat(hits.count()).as(query).isPositive();
        }
    }

    @Test
    void the_builder_writes_one_token_per_row_and_a_gap_between() {
        assertThat(QueryBuilder.cql(List.of(
                        new QueryBuilder.Row(Level.ROOT, "قول", 3),
                        new QueryBuilder.Row(Level.NORM, "", 0),
                        new QueryBuilder.Row(Level.FORM, " \"x\" ", 2))))
                .isEqualTo("[root=\"قول\"] []{0,3} [] [form=\"\\\"x\\\"\"]");
    }

    @Test
    void a_gap_after_the_last_row_is_left_out() {
        assertThat(QueryBuilder.cql(List.of(new QueryBuilder.Row(Level.STEM, "محادث", 2))))
                .isEqualTo("[stem=\"محادث\"]");
    }
}
