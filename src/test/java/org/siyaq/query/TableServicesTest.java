package org.siyaq.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.collocation.CollocationMeasure;
import org.siyaq.collocation.CollocationQuery;
import org.siyaq.collocation.CollocationService;
import org.siyaq.concordance.ConcordanceQuery;
import org.siyaq.concordance.ConcordanceService;
import org.siyaq.concordance.KwicSort;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.ngram.NGramQuery;
import org.siyaq.ngram.NGramService;
import org.siyaq.testing.FixtureCorpus;
import org.siyaq.wordlist.WordListQuery;
import org.siyaq.wordlist.WordListService;

/**
 * Every table service under a deadline: each stops with {@link QueryTimeoutException} when its time is
 * up and with {@link QueryCancelledException} when its user went away, and each answers a second
 * identical request from the shared cache (proved by answering it with no time left, which a
 * recomputation could not do).
 */
class TableServicesTest {

    private final LoadedCorpus corpus = FixtureCorpus.of(
            "c",
            "ذهب الولد إلى المدرسة ثم ذهب الولد إلى البيت",
            "كتب الولد الدرس في المدرسة وكتب المعلم الدرس",
            "ذهب المعلم إلى المدرسة وذهب الولد معه");
    private final CorpusRegistry registry = FixtureCorpus.registry(corpus);
    private final QueryService queries = FixtureCorpus.queries();
    private final ConcordanceService concordance = new ConcordanceService(registry, queries);
    private final WordListService words = new WordListService(registry, queries, FixtureCorpus.ANALYSIS);
    private final CollocationService collocations = new CollocationService(registry, queries, FixtureCorpus.ANALYSIS);
    private final NGramService ngrams = new NGramService(registry, queries);

    private List<Supplier<Object>> tables() {
        return List.of(
                () -> concordance.search(
                        new ConcordanceQuery("c", null, "الولد", Level.NORM, 3, KwicSort.CORPUS, 0, 10)),
                () -> concordance.search(new ConcordanceQuery("c", null, "ذهب", Level.NORM, 3, KwicSort.AFTER1, 0, 10)),
                () -> words.list(new WordListQuery("c", null, Level.NORM, true, 1, null, 0, 10)),
                () -> collocations.collocates(new CollocationQuery(
                        "c", null, "الولد", Level.NORM, 3, 3, 1, 1, true, CollocationMeasure.LOG_LIKELIHOOD, 0, 10)),
                () -> ngrams.ngrams(new NGramQuery("c", null, 2, Level.NORM, 1, null, 0, 10)));
    }

    private static Deadline expired() {
        return Deadline.in(Duration.ofMillis(-1));
    }

    @Test
    void every_table_stops_with_a_timeout_when_its_deadline_has_passed() {
        for (Supplier<Object> table : tables()) {
            assertThatThrownBy(() -> expired().runWith(table))
                    .isInstanceOf(QueryTimeoutException.class)
                    .isNotInstanceOf(QueryCancelledException.class);
        }
    }

    @Test
    void every_table_stops_when_its_user_cancelled_it() {
        for (Supplier<Object> table : tables()) {
            Deadline cancelled = Deadline.in(Duration.ofSeconds(30));
            cancelled.cancel();
            assertThatThrownBy(() -> cancelled.runWith(table)).isInstanceOf(QueryCancelledException.class);
        }
    }

    @Test
    void a_second_identical_request_to_every_table_is_answered_from_the_cache_without_computing() {
        for (Supplier<Object> table : tables()) {
            Object first = Deadline.in(Duration.ofSeconds(30)).runWith(table);
            Object second = expired().runWith(table);
            assertThat(second).isEqualTo(first);
        }
    }

    @Test
    void a_request_that_differs_in_an_option_is_computed_anew() {
        words.list(new WordListQuery("c", null, Level.NORM, true, 1, null, 0, 10));
        assertThatThrownBy(() -> expired()
                        .runWith(() -> words.list(new WordListQuery("c", null, Level.STEM, true, 1, null, 0, 10))))
                .isInstanceOf(QueryTimeoutException.class);
    }
}
