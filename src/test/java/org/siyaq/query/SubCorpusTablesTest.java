package org.siyaq.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.collocation.CollocationMeasure;
import org.siyaq.collocation.CollocationQuery;
import org.siyaq.collocation.CollocationService;
import org.siyaq.concordance.CollocateFilter;
import org.siyaq.concordance.ConcordanceQuery;
import org.siyaq.concordance.ConcordanceResult;
import org.siyaq.concordance.ConcordanceService;
import org.siyaq.concordance.DocumentHits;
import org.siyaq.concordance.KwicLine;
import org.siyaq.concordance.KwicSort;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.ngram.NGramQuery;
import org.siyaq.ngram.NGramService;
import org.siyaq.testing.FixtureCorpus;
import org.siyaq.wordlist.WordListQuery;
import org.siyaq.wordlist.WordListResult;
import org.siyaq.wordlist.WordListService;

/**
 * Every table over a sub-corpus (the documents of one source) is the table of a corpus built from
 * those documents alone (statistics.md: N is the sub-corpus being analysed), row for row, except that
 * documents keep the ids they have in the whole corpus. The two sources alternate, so the chosen
 * documents are not neighbours in the whole corpus and their ids are not their ordinals.
 */
class SubCorpusTablesTest {

    private static final String[] SOURCES = {"RT", "Tass", "RT", "Tass", "RT", "Tass"};
    private static final String[] TEXTS = {
        "ذهب الولد إلى المدرسة ثم ذهب الولد إلى البيت في المساء",
        "قال الوزير إن المحادثات مع روسيا في جنيف كانت مفيدة",
        "كتب الولد الدرس في المدرسة وكتب المعلم الدرس على السبورة",
        "أعلنت روسيا أن المحادثات ستستمر في جنيف الأسبوع المقبل",
        "ذهب المعلم إلى المدرسة وذهب الولد معه إلى الدرس",
        "المحادثات بين روسيا والولايات المتحدة في جنيف"
    };
    /** The ids of the RT documents in the whole corpus: ordinal i of the RT-only corpus is document RT_IDS[i]. */
    private static final int[] RT_IDS = {0, 2, 4};

    private static final DocumentFilter RT = DocumentFilter.parse("source:RT");

    private final LoadedCorpus whole = FixtureCorpus.withSources("news", SOURCES, TEXTS);
    private final LoadedCorpus rtOnly =
            FixtureCorpus.withSources("rt-only", new String[] {"RT", "RT", "RT"}, TEXTS[0], TEXTS[2], TEXTS[4]);
    private final CorpusRegistry registry = registry(whole, rtOnly);
    private final QueryService queries = FixtureCorpus.queries();
    private final ConcordanceService concordance = new ConcordanceService(registry, queries);
    private final WordListService words = new WordListService(registry, queries, FixtureCorpus.ANALYSIS);
    private final CollocationService collocations = new CollocationService(registry, queries, FixtureCorpus.ANALYSIS);
    private final NGramService ngrams = new NGramService(registry, queries);

    private static CorpusRegistry registry(LoadedCorpus... corpora) {
        CorpusRegistry registry = new CorpusRegistry(null, null, null);
        for (LoadedCorpus corpus : corpora) {
            registry.put(corpus);
        }
        return registry;
    }

    /** The line the RT-only corpus gives, with the document's id and title in the whole corpus. */
    private KwicLine inWhole(KwicLine line) {
        int id = RT_IDS[line.docId()];
        // the collocates' offsets are in the document's own text, the same in the sub-corpus and the whole
        return new KwicLine(
                        id,
                        whole.document(id).displayTitle(),
                        line.position(),
                        line.before(),
                        line.node(),
                        line.after(),
                        line.nodeStart(),
                        line.nodeEnd(),
                        line.beforeStart(),
                        line.afterEnd())
                .withCollocates(line.collocates());
    }

    @Test
    void the_word_list_of_a_sub_corpus_is_that_of_its_documents_alone_at_every_level() {
        for (Level level : Level.values()) {
            for (boolean stopwords : new boolean[] {true, false}) {
                for (String filter : new String[] {null, "ال*", "root:/^[دذ].*/"}) {
                    WordListResult sub =
                            words.list(new WordListQuery("news", RT, level, stopwords, 1, filter, 0, 1000));
                    WordListResult alone =
                            words.list(new WordListQuery("rt-only", null, level, stopwords, 1, filter, 0, 1000));

                    assertThat(sub)
                            .as(level + " stopwords " + stopwords + " filter " + filter)
                            .isEqualTo(alone);
                }
            }
        }
        assertThat(words.list(new WordListQuery("news", RT, Level.NORM, true, 1, null, 0, 1))
                        .summary()
                        .tokens())
                .isEqualTo(rtOnly.index().size())
                .isLessThan(whole.index().size());
    }

    @Test
    void the_collocates_of_a_sub_corpus_are_those_of_its_documents_alone() {
        for (Level level : Level.values()) {
            for (String node : new String[] {"الولد", "المدرسة", "ذهب"}) {
                for (CollocationMeasure sort :
                        new CollocationMeasure[] {CollocationMeasure.LOG_LIKELIHOOD, CollocationMeasure.MI}) {
                    var sub = collocations.collocates(
                            new CollocationQuery("news", RT, node, level, 3, 3, 1, 1, true, sort, 0, 1000));
                    var alone = collocations.collocates(
                            new CollocationQuery("rt-only", null, node, level, 3, 3, 1, 1, true, sort, 0, 1000));

                    assertThat(sub).as(level + " " + node + " " + sort).isEqualTo(alone);
                    assertThat(sub.rows()).isNotEmpty();
                }
            }
        }
    }

    @Test
    void the_n_grams_of_a_sub_corpus_are_those_of_its_documents_alone() {
        for (Level level : Level.values()) {
            for (int n = 2; n <= 4; n++) {
                for (String contains : new String[] {null, "الولد"}) {
                    var sub = ngrams.ngrams(new NGramQuery("news", RT, n, level, 1, contains, 0, 1000));
                    var alone = ngrams.ngrams(new NGramQuery("rt-only", null, n, level, 1, contains, 0, 1000));

                    assertThat(sub)
                            .as(level + " n=" + n + " contains " + contains)
                            .isEqualTo(alone);
                    assertThat(sub.rows()).isNotEmpty();
                }
            }
        }
    }

    @Test
    void the_concordance_of_a_sub_corpus_has_the_lines_of_its_documents_alone_under_their_original_ids() {
        for (KwicSort sort : new KwicSort[] {KwicSort.CORPUS, KwicSort.AFTER1, KwicSort.BEFORE1}) {
            ConcordanceResult sub =
                    concordance.search(new ConcordanceQuery("news", RT, "الولد", Level.NORM, 3, sort, 0, 100));
            ConcordanceResult alone =
                    concordance.search(new ConcordanceQuery("rt-only", null, "الولد", Level.NORM, 3, sort, 0, 100));

            assertThat(sub.total()).isEqualTo(alone.total()).isPositive();
            assertThat(sub.documents()).isEqualTo(alone.documents());
            assertThat(sub.lines())
                    .as(sort.key())
                    .isEqualTo(alone.lines().stream().map(this::inWhole).toList());
        }
        List<KwicLine> lines = concordance
                .search(new ConcordanceQuery("news", RT, "المدرسة", Level.NORM, 3, KwicSort.CORPUS, 0, 100))
                .lines();
        assertThat(lines).extracting(KwicLine::docId).containsExactly(0, 2, 4);
        for (KwicLine line : lines) {
            assertThat(whole.text(line.docId()).text().substring(line.nodeStart(), line.nodeEnd()))
                    .isEqualTo(line.node());
        }
    }

    @Test
    void the_distribution_over_a_sub_corpus_lists_its_documents_under_their_original_ids() {
        List<DocumentHits> sub = concordance.distribution("news", RT, "ذهب", Level.NORM);
        List<DocumentHits> alone = concordance.distribution("rt-only", null, "ذهب", Level.NORM);

        assertThat(sub).extracting(DocumentHits::docId).containsExactly(0, 2, 4);
        assertThat(sub)
                .extracting(DocumentHits::hits)
                .containsExactlyElementsOf(
                        alone.stream().map(DocumentHits::hits).toList());
        assertThat(sub).extracting(DocumentHits::hits).containsExactly(2, 0, 1);
    }

    @Test
    void the_lines_behind_a_collocate_of_a_sub_corpus_are_found_by_their_original_ids() {
        CollocateFilter filter = new CollocateFilter(concordance, registry, queries);
        var rows = collocations
                .collocates(new CollocationQuery(
                        "news", RT, "الولد", Level.NORM, 3, 3, 1, 1, true, CollocationMeasure.O11, 0, 1000))
                .rows();

        for (var row : rows) {
            List<KwicLine> sub = filter.lines(
                    new ConcordanceQuery("news", RT, "الولد", Level.NORM, 3, KwicSort.CORPUS, 0, 1), row.word(), 3, 3);
            List<KwicLine> alone = filter.lines(
                    new ConcordanceQuery("rt-only", null, "الولد", Level.NORM, 3, KwicSort.CORPUS, 0, 1),
                    row.word(),
                    3,
                    3);

            assertThat(sub)
                    .as(row.word())
                    .isNotEmpty()
                    .isEqualTo(alone.stream().map(this::inWhole).toList());
        }
        assertThat(rows).isNotEmpty();
    }

    @Test
    void a_sub_corpus_query_leaves_the_whole_corpus_answers_in_the_shared_caches_untouched() {
        WordListQuery all = new WordListQuery("news", null, Level.NORM, true, 1, null, 0, 1000);
        WordListResult before = words.list(all);
        WordListResult sub = words.list(new WordListQuery("news", RT, Level.NORM, true, 1, null, 0, 1000));
        WordListResult after = words.list(all);

        assertThat(sub.summary().tokens()).isLessThan(before.summary().tokens());
        assertThat(after).isEqualTo(before);
        assertThat(before.summary().tokens()).isEqualTo(whole.index().size());
    }

    @Test
    void a_filter_that_matches_no_document_or_names_no_field_is_refused_by_every_table() {
        DocumentFilter reuters = DocumentFilter.parse("source:Reuters");

        assertThatThrownBy(() -> words.list(new WordListQuery("news", reuters, Level.NORM, true, 1, null, 0, 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No document of corpus 'news' has source = 'Reuters'.");
        assertThatThrownBy(() -> ngrams.ngrams(new NGramQuery("news", reuters, 2, Level.NORM, 1, null, 0, 10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> concordance.search(new ConcordanceQuery(
                        "news", DocumentFilter.parse("colour:red"), "الولد", Level.NORM, 3, KwicSort.CORPUS, 0, 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no metadata field 'colour'");
    }
}
