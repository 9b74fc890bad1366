package org.siyaq.concordance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.query.Hits;
import org.siyaq.query.ParsedQuery;
import org.siyaq.query.QueryMatcher;
import org.siyaq.query.QueryParser;
import org.siyaq.query.QueryService;
import org.siyaq.testing.FixtureCorpus;

/**
 * A page of a concordance in corpus order, found without merging all the hits ({@link QueryService#first}),
 * is the page the full merge gives: the same count, documents and lines, at page boundaries, for a word of
 * many forms, one form, a wildcard, a phrase, a word with no hits, a sub-corpus and the last pages.
 */
class FirstPageTest {

    /** Forms with and without diacritics: one norm type each for the three words. */
    private static final String[] WORDS = {
        "كتب", "كَتَبَ", "كتبَ", "كَتب", "في", "فِي", "الولد", "الوَلَد", "البيت", "ذهب", "إلى", "المدرسة", "و", "،",
        "."
    };

    private static final String[] SOURCES = new String[40];
    private static final String[] TEXTS = new String[40];

    static {
        Random random = new Random(20261202L);
        for (int d = 0; d < TEXTS.length; d++) {
            SOURCES[d] = d % 3 == 0 ? "RT" : "Tass";
            StringBuilder text = new StringBuilder();
            int n = d == 17 ? 0 : 1 + random.nextInt(d % 5 == 0 ? 120 : 25);
            for (int t = 0; t < n; t++) {
                text.append(t == 0 ? "" : " ")
                        .append(WORDS[Math.min(WORDS.length - 1, random.nextInt(WORDS.length + 4))]);
            }
            TEXTS[d] = text.toString();
        }
    }

    private final LoadedCorpus corpus = FixtureCorpus.withSources("news", SOURCES, TEXTS);
    private final CorpusRegistry registry = FixtureCorpus.registry(corpus);
    private final QueryService queries = FixtureCorpus.queries();
    private final ConcordanceService lazy = new ConcordanceService(registry, queries);

    /** The answer before the change: every page cut from all the hits, merged. */
    private final ConcordanceService full = new ConcordanceService(
            registry,
            new QueryService(new QueryParser(FixtureCorpus.ANALYSIS), new QueryMatcher(), Duration.ofSeconds(10)) {
                @Override
                public FirstHits first(LoadedCorpus c, ParsedQuery query, int k) {
                    Hits hits = find(c, query);
                    return new FirstHits(hits.count(), hits.documents(), hits);
                }
            });

    private void samePages(DocumentFilter where, String query) {
        ConcordanceResult all =
                full.search(new ConcordanceQuery("news", where, query, Level.NORM, 3, KwicSort.CORPUS, 0, 1));
        int total = all.total();
        List<Integer> offsets = new ArrayList<>(List.of(0, 1, 6, 7, 49, 50, 51));
        offsets.addAll(
                List.of(Math.max(0, total - 50), Math.max(0, total - 7), Math.max(0, total - 1), total, total + 9));
        for (int limit : new int[] {1, 7, 50}) {
            for (int offset : offsets) {
                ConcordanceQuery q =
                        new ConcordanceQuery("news", where, query, Level.NORM, 3, KwicSort.CORPUS, offset, limit);
                ConcordanceResult expected = full.search(q);
                assertThat(lazy.search(q))
                        .as("%s offset %d limit %d", query, offset, limit)
                        .isEqualTo(expected);
                assertThat(expected.lines()).hasSize(Math.max(0, Math.min(limit, total - offset)));
            }
        }
    }

    @Test
    void a_word_of_many_forms_pages_as_the_full_merge() {
        ParsedQuery word = queries.parse("كتب", Level.NORM);
        assertThat(new QueryMatcher().formsOfOneTerm(corpus.index(), word, null))
                .hasSize(4);
        samePages(null, "كتب");
        samePages(null, "في");
        // the first page holds only the page's hits, not all of them
        QueryService.FirstHits first = queries.first(corpus, word, 7);
        assertThat(first.first().count()).isEqualTo(7);
        assertThat(first.count()).isEqualTo(queries.find(corpus, word).count()).isGreaterThan(100);
    }

    @Test
    void one_form_a_wildcard_and_a_phrase_page_as_the_full_merge() {
        samePages(null, "البيت");
        samePages(null, "ال*");
        samePages(null, "في البيت");
        samePages(null, "كتب الولد");
    }

    @Test
    void a_word_with_no_hits_gives_an_empty_page() {
        samePages(null, "غائب");
        ConcordanceResult none =
                lazy.search(new ConcordanceQuery("news", null, "غائب", Level.NORM, 3, KwicSort.CORPUS, 0, 50));
        assertThat(none.total()).isZero();
        assertThat(none.documents()).isZero();
        assertThat(none.lines()).isEmpty();
    }

    @Test
    void a_sub_corpus_pages_as_the_full_merge() {
        DocumentFilter rt = DocumentFilter.parse("source:RT");
        samePages(rt, "كتب");
        samePages(rt, "في البيت");
        samePages(rt, "ذه*");
        ConcordanceResult inRt =
                lazy.search(new ConcordanceQuery("news", rt, "في", Level.NORM, 3, KwicSort.CORPUS, 0, 50));
        ConcordanceResult inAll =
                lazy.search(new ConcordanceQuery("news", null, "في", Level.NORM, 3, KwicSort.CORPUS, 0, 50));
        assertThat(inRt.total()).isLessThan(inAll.total());
        assertThat(inRt.documents()).isLessThan(inAll.documents());
    }

    @Test
    void a_page_after_the_full_hits_are_cached_is_cut_from_them() {
        ParsedQuery word = queries.parse("في", Level.NORM);
        Hits hits = queries.find(corpus, word);
        assertThat(queries.first(corpus, word, 7).first()).isSameAs(hits);
        samePages(null, "في");
    }

    @Test
    void a_page_deeper_than_the_first_hits_uses_all_of_them() {
        ParsedQuery word = queries.parse("في", Level.NORM);
        QueryService.FirstHits deep = queries.first(corpus, word, QueryService.FIRST_HITS + 1);
        assertThat(deep.first().count()).isEqualTo(deep.count());
    }
}
