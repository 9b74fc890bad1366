package org.siyaq.wordlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.testing.FixtureCorpus;

/**
 * The word list's orders on the server, against orders worked out by hand. Three documents of 4, 3 and
 * 1 tokens (N = 8, shares s = 0.5, 0.375, 0.125):
 * <pre>
 *   doc 0: كتب كاتب مكتب كتابات      doc 1: كتب مكتب كتاب      doc 2: كتب
 * </pre>
 * freq: كتب 3, مكتب 2, كاتب 1, كتاب 1, كتابات 1. Rank order: by freq, ties in code-point order
 * (كاتب < كتاب because ا U+0627 < ت U+062A; كتاب < كتابات, a prefix first), so the ranks are
 * كتب 1, مكتب 2, كاتب 3, كتاب 4, كتابات 5.
 */
class WordListSortTest {

    private final WordListService service = new WordListService(
            FixtureCorpus.registry(FixtureCorpus.of("roots", "كتب كاتب مكتب كتابات", "كتب مكتب كتاب", "كتب")),
            FixtureCorpus.queries(),
            FixtureCorpus.ANALYSIS);

    private List<String> words(String sort, String order) {
        return rows(sort, order, 0, WordListQuery.MAX_PAGE).stream()
                .map(WordRow::word)
                .toList();
    }

    private List<WordRow> rows(String sort, String order, int offset, int limit) {
        return service.list(new WordListQuery("roots", null, Level.FORM, true, 1, null, offset, limit)
                        .sorted(WordListSort.parse(sort, order)))
                .rows();
    }

    @Test
    void without_a_sort_the_rows_are_in_rank_order() {
        assertThat(words(null, null)).containsExactly("كتب", "مكتب", "كاتب", "كتاب", "كتابات");
        assertThat(rows(null, null, 0, 5)).extracting(WordRow::rank).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void words_sort_alphabetically_and_each_keeps_its_frequency_rank() {
        // Arabic alphabetical order letter by letter: كا < كت; كتاب < كتابات (prefix) < كتب (ا < ب); م after ك
        List<WordRow> rows = rows("word", null, 0, 5);
        assertThat(rows).extracting(WordRow::word).containsExactly("كاتب", "كتاب", "كتابات", "كتب", "مكتب");
        assertThat(rows).extracting(WordRow::rank).containsExactly(3, 4, 5, 1, 2);
        assertThat(words("word", "desc")).containsExactly("مكتب", "كتب", "كتابات", "كتاب", "كاتب");
    }

    @Test
    void the_retrograde_order_compares_words_from_their_last_letter() {
        // read backwards: كتاب → باتك, كاتب → بتاك, كتب → بتك, مكتب → بتكم, كتابات → تاباتك;
        // all but the last end in ب; after ب: ا before ت (باتك first); then بتاك (ا) before بتك, a prefix of بتكم
        assertThat(words("ending", null)).containsExactly("كتاب", "كاتب", "كتب", "مكتب", "كتابات");
        assertThat(words("ending", "desc")).containsExactly("كتابات", "مكتب", "كتب", "كاتب", "كتاب");
    }

    @Test
    void figures_sort_largest_first_by_default_and_ties_keep_rank_order() {
        // range: كتب in 3 documents, مكتب in 2, the rest in 1 (tied: rank order كاتب, كتاب, كتابات)
        assertThat(words("range", null)).containsExactly("كتب", "مكتب", "كاتب", "كتاب", "كتابات");
        assertThat(words("freq", "asc")).containsExactly("كاتب", "كتاب", "كتابات", "مكتب", "كتب");
        // DP = ½ Σ|v_i − s_i| with s = (0.5, 0.375, 0.125):
        // مكتب v = (½, ½, 0): 0 + 0.125 + 0.125 → 0.125;  كتب v = ⅓ each: 0.1667 + 0.0417 + 0.2083 → 0.2083;
        // كاتب and كتابات v = (1, 0, 0): 0.5 + 0.375 + 0.125 → 0.5;  كتاب v = (0, 1, 0): 0.5 + 0.625 + 0.125 → 0.625
        assertThat(words("dp", "asc")).containsExactly("مكتب", "كتب", "كاتب", "كتابات", "كتاب");
        assertThat(words("dp_norm", "asc")).isEqualTo(words("dp", "asc"));
        assertThat(words("rank", "desc")).containsExactly("كتابات", "كتاب", "كاتب", "مكتب", "كتب");
    }

    @Test
    void a_page_of_a_sorted_list_is_cut_from_the_whole_sorted_list() {
        // the alphabetical list is كاتب كتاب كتابات كتب مكتب: rows 2–3 are كتاب and كتابات, not the top ranks
        assertThat(rows("word", "asc", 1, 2)).extracting(WordRow::word).containsExactly("كتاب", "كتابات");
        List<String> csv = new ArrayList<>();
        service.forEachRow(
                new WordListQuery("roots", null, Level.FORM, true, 1, null, 0, 1)
                        .sorted(WordListSort.parse("ending", null)),
                r -> csv.add(r.word()));
        assertThat(csv).containsExactly("كتاب", "كاتب", "كتب", "مكتب", "كتابات");
    }

    @Test
    void an_unknown_column_or_direction_is_refused_by_name() {
        assertThatThrownBy(() -> WordListSort.parse("colour", null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("colour");
        assertThatThrownBy(() -> WordListSort.parse("word", "up"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("up");
        assertThat(WordListSort.parse(" WORD ", "DESC")).isEqualTo(new WordListSort(WordListSort.Key.WORD, true));
    }
}
