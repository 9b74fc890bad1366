package org.siyaq.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.testing.FixtureCorpus;

/** The {@code lemma:} and {@code root:} prefixes of a query, and the three ways of typing a root. */
class RootLemmaQueryTest {

    private final QueryParser parser = new QueryParser(FixtureCorpus.ANALYSIS);

    private QueryTerm only(String query) {
        ParsedQuery q = parser.parse(query, Level.NORM);
        assertThat(q.terms()).hasSize(1);
        return q.terms().get(0);
    }

    @Test
    void a_root_typed_together_with_hyphens_or_with_spaces_is_one_term_k_t_b() {
        QueryTerm kataba = new QueryTerm(QueryTerm.Kind.EXACT, Level.ROOT, "كتب");
        assertThat(only("root:كتب")).isEqualTo(kataba);
        assertThat(only("root:ك-ت-ب")).isEqualTo(kataba);
        assertThat(only("root:ك ت ب")).isEqualTo(kataba);
    }

    @Test
    void a_hamza_radical_may_be_typed_on_its_seat() {
        // sa'ala: the root is written with ء whatever seat the user types
        assertThat(only("root:س-أ-ل").text()).isEqualTo("سءل");
    }

    @Test
    void a_word_at_root_level_is_analysed_to_its_root() {
        // yaqulu "he says": hollow root ق و ل
        assertThat(only("root:يقول").text()).isEqualTo("قول");
    }

    @Test
    void single_letters_after_a_root_are_a_phrase_only_when_fewer_than_three() {
        // two one-letter words are not radicals: و and ب stay their own terms
        assertThat(parser.parse("root:و ب", Level.NORM).terms()).hasSize(2);
    }

    @Test
    void a_lemma_term_takes_any_form_of_the_word() {
        assertThat(only("lemma:يقول").text()).isEqualTo("قال");
        assertThat(only("lemma:الكتب").text()).isEqualTo("كتاب");
    }

    /** The regular expression of the query's only CQL token, {@code [level="value"]}. */
    private String cqlValue(String query) {
        CqlNode.Token token =
                (CqlNode.Token) parser.parse(query, Level.NORM).cql().body();
        return ((CqlConstraint.Test) token.constraint()).regex();
    }

    @Test
    void a_cql_root_takes_the_radicals_with_hyphens_or_spaces_too() {
        assertThat(cqlValue("[root=\"كتب\"]")).isEqualTo("كتب");
        assertThat(cqlValue("[root=\"ك-ت-ب\"]")).isEqualTo("كتب");
        assertThat(cqlValue("[root=\"ك ت ب\"]")).isEqualTo("كتب");
        // a dot is the regular expression's: any letter between
        assertThat(cqlValue("[root=\"ك.ب\"]")).isEqualTo("ك.ب");
    }

    @Test
    void a_hamza_typed_on_its_seat_is_the_roots_hamza_in_cql_regex_and_wildcard() {
        // amana "he believed": root ء م ن, as root:أمن reads it
        assertThat(only("root:أمن").text()).isEqualTo("ءمن");
        assertThat(cqlValue("[root=\"أمن\"]")).isEqualTo("ءمن");
        assertThat(only("root:/أم./").text()).isEqualTo("ءم.");
        assertThat(only("root:أم*").text()).isEqualTo("ءم*");
        // at norm a hamza seat is still alef
        assertThat(cqlValue("[norm=\"أمن\"]")).isEqualTo("امن");
    }
}
