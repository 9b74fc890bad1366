package org.siyaq.ngram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.query.QueryException;
import org.siyaq.testing.FixtureCorpus;

/**
 * N-grams against counts worked out by hand. The fixture, corpus positions in brackets:
 * <pre>
 *   doc 0: a[0] b[1] c[2] a[3] b[4]
 *   doc 1: c[5] a[6] b[7] c[8]
 * </pre>
 * Bigrams: doc 0 "a b", "b c", "c a", "a b"; doc 1 "c a", "a b", "b c". The pair b[4] c[5] spans the
 * document boundary and is not one.
 */
class NGramServiceTest {

    private final LoadedCorpus fixture = FixtureCorpus.of("fixture", "a b c a b", "c a b c");

    private static NGramService service(LoadedCorpus corpus) {
        return new NGramService(FixtureCorpus.registry(corpus), FixtureCorpus.queries());
    }

    /** A row at {@code norm} of the Latin fixtures, whose one written form is the n-gram itself. */
    private static NGramRow atNorm(String ngram, int freq, int range) {
        return new NGramRow(ngram, freq, range, List.of(ngram));
    }

    private static NGramResult ngrams(
            NGramService service, String corpus, int n, Level level, int minFreq, String contains) {
        return service.ngrams(new NGramQuery(corpus, null, n, level, minFreq, contains, 0, NGramQuery.MAX_PAGE));
    }

    @Test
    void bigrams_are_counted_inside_documents_with_frequency_and_range() {
        NGramResult result = ngrams(service(fixture), "fixture", 2, Level.NORM, 1, null);

        // "a b" 3 (doc 0 twice, doc 1 once → range 2); "b c" 2 (one per document; b[4] c[5] would make it 3);
        // "c a" 2 (range 2); "b c" before "c a" at equal frequency, by code point
        assertThat(result.rows()).containsExactly(atNorm("a b", 3, 2), atNorm("b c", 2, 2), atNorm("c a", 2, 2));
        assertThat(result.totalRows()).isEqualTo(3);
    }

    @Test
    void trigrams_are_ranked_by_frequency_then_by_their_string_and_cut_by_the_minimum_frequency() {
        NGramService service = service(fixture);

        // doc 0: "a b c", "b c a", "c a b"; doc 1: "c a b", "a b c" → "a b c" 2, "c a b" 2, "b c a" 1
        assertThat(ngrams(service, "fixture", 3, Level.NORM, 1, null).rows())
                .containsExactly(atNorm("a b c", 2, 2), atNorm("c a b", 2, 2), atNorm("b c a", 1, 1));
        NGramResult frequent = ngrams(service, "fixture", 3, Level.NORM, 2, null);
        assertThat(frequent.rows()).extracting(NGramRow::ngram).containsExactly("a b c", "c a b");
        assertThat(frequent.totalRows()).isEqualTo(2);
    }

    @Test
    void a_document_shorter_than_n_has_no_ngram() {
        // doc 0 has 3 tokens, doc 1 has 2: the only 3-gram is "x y z"; "y z p" and "z p q" would cross
        LoadedCorpus corpus = FixtureCorpus.of("short", "x y z", "p q");

        assertThat(ngrams(service(corpus), "short", 3, Level.NORM, 1, null).rows())
                .containsExactly(atNorm("x y z", 1, 1));
    }

    @Test
    void contains_keeps_the_ngrams_that_hold_a_whole_match() {
        NGramService service = service(fixture);

        // bigrams holding c: "b c" [1–2], "c a" [2–3], "c a" [5–6], "b c" [7–8]; "a b" holds no c
        assertThat(ngrams(service, "fixture", 2, Level.NORM, 1, "c").rows())
                .containsExactly(atNorm("b c", 2, 2), atNorm("c a", 2, 2));
        // trigrams holding the phrase "a b": [0–2] "a b c", [2–4] "c a b", [5–7] "c a b", [6–8] "a b c";
        // "b c a" [1–3] holds only the b of one and the a of another
        assertThat(ngrams(service, "fixture", 3, Level.NORM, 1, "a b").rows())
                .containsExactly(atNorm("a b c", 2, 2), atNorm("c a b", 2, 2));
        // a three-word phrase cannot fit in a bigram
        assertThat(ngrams(service, "fixture", 2, Level.NORM, 1, "a b c").rows()).isEmpty();
    }

    @Test
    void a_bad_contains_query_is_reported_as_a_query_error() {
        assertThatThrownBy(() -> ngrams(service(fixture), "fixture", 2, Level.NORM, 1, "/[/"))
                .isInstanceOf(QueryException.class);
    }

    @Test
    void the_level_decides_which_tokens_are_the_same_word() {
        // أحمد and احمد differ as forms but share the norm احمد (hamza on alef normalized away)
        LoadedCorpus corpus = FixtureCorpus.of("levels", "أحمد كتب", "احمد كتب");
        NGramService service = service(corpus);

        assertThat(ngrams(service, "levels", 2, Level.NORM, 1, null).rows())
                // its written forms: أحمد كتب and احمد كتب once each, equal counts in code-point order (U+0623 before
                // U+0627)
                .containsExactly(new NGramRow("احمد كتب", 2, 2, List.of("أحمد كتب", "احمد كتب")));
        // as forms: "أحمد كتب" (U+0623 first) and "احمد كتب" (U+0627 first), once each, in code-point order
        assertThat(ngrams(service, "levels", 2, Level.FORM, 1, null).rows())
                .containsExactly(new NGramRow("أحمد كتب", 1, 1), new NGramRow("احمد كتب", 1, 1));
    }

    @Test
    void a_word_that_is_a_prefix_of_another_sorts_first_as_in_the_joined_string() {
        // each bigram once: "ab c" < "abc a" < "c ab" in code-point order of the joined strings
        LoadedCorpus corpus = FixtureCorpus.of("prefix", "c ab c", "abc a");

        assertThat(ngrams(service(corpus), "prefix", 2, Level.NORM, 1, null).rows())
                .extracting(NGramRow::ngram)
                .containsExactly("ab c", "abc a", "c ab");
    }

    @Test
    void a_page_is_a_slice_of_the_table_and_the_export_streams_every_row() {
        NGramService service = service(fixture);
        NGramResult page = service.ngrams(new NGramQuery("fixture", null, 2, Level.NORM, 1, null, 1, 1));

        assertThat(page.totalRows()).isEqualTo(3);
        assertThat(page.offset()).isEqualTo(1);
        assertThat(page.rows()).containsExactly(atNorm("b c", 2, 2));

        List<NGramRow> exported = new ArrayList<>();
        service.forEachRow(new NGramQuery("fixture", null, 2, Level.NORM, 2, null, 1, 1), exported::add);
        assertThat(exported).extracting(NGramRow::ngram).containsExactly("a b", "b c", "c a");
    }

    @Test
    void counts_survive_the_hash_table_growing_past_its_first_size() {
        // 5,000 distinct bigrams "wi wi+1" in one document, then the first one again in a second document
        StringBuilder text = new StringBuilder("w0");
        for (int i = 1; i <= 5000; i++) {
            text.append(" w").append(i);
        }
        LoadedCorpus corpus = FixtureCorpus.of("many", text.toString(), "w0 w1");
        NGramResult result = ngrams(service(corpus), "many", 2, Level.NORM, 1, null);

        assertThat(result.totalRows()).isEqualTo(5000);
        assertThat(result.rows().get(0)).isEqualTo(atNorm("w0 w1", 2, 2));
        // the rest once each, in code-point order: "w1 w2" < "w10 w11" < "w100 w101" < …
        assertThat(result.rows().subList(1, 4))
                .extracting(NGramRow::ngram)
                .containsExactly("w1 w2", "w10 w11", "w100 w101");
    }
}
