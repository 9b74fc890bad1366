package org.siyaq.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The word list's {@code sort} and {@code order} over HTTP, on the bundled corpus: the whole list is
 * sorted (not a page), the JSON and the CSV agree, and a wrong column is a 400 naming it. The orders
 * themselves are worked out by hand in {@code WordListSortTest}.
 */
class WordListSortApiTest extends ApiTestSupport {

    /** The words of two tokens or more: fewer than the 1,000 rows of one page, so one answer is the whole list. */
    private static final String LIST = "/api/corpora/bundled/wordlist?minFreq=2&limit=1000";

    private List<String> words(JsonNode rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.get("word").asString()));
        return out;
    }

    @Test
    void sort_by_word_orders_the_whole_list_alphabetically_and_keeps_each_rank() {
        JsonNode plain = json(LIST);
        JsonNode sorted = json(LIST + "&sort=word");
        int total = plain.get("total_rows").asInt();
        assertEquals(total, sorted.get("total_rows").asInt());
        assertTrue(total <= 1000, "the bundled list fits one page: " + total);
        List<String> words = words(sorted.get("rows"));
        Collator arabic = Collator.getInstance(new ULocale("ar"));
        for (int i = 1; i < words.size(); i++) {
            assertTrue(
                    arabic.compare(words.get(i - 1), words.get(i)) <= 0, words.get(i - 1) + " before " + words.get(i));
        }
        // the ranks are the rank order's, only moved: a permutation of 1 … total
        List<Integer> ranks = new ArrayList<>();
        sorted.get("rows").forEach(r -> ranks.add(r.get("rank").asInt()));
        assertEquals(
                IntStream.rangeClosed(1, total).boxed().toList(),
                ranks.stream().sorted().toList());
    }

    @Test
    void sort_by_ending_compares_the_words_backwards_and_the_csv_has_the_same_order() {
        List<String> words = words(json(LIST + "&sort=ending&order=desc").get("rows"));
        Collator arabic = Collator.getInstance(new ULocale("ar"));
        for (int i = 1; i < words.size(); i++) {
            String before = new StringBuilder(words.get(i - 1)).reverse().toString();
            String after = new StringBuilder(words.get(i)).reverse().toString();
            assertTrue(arabic.compare(before, after) >= 0, words.get(i - 1) + " before " + words.get(i));
        }
        List<CSVRecord> csv = csvRecords(get(LIST + "&sort=ending&order=desc&format=csv"));
        assertEquals("word", csv.get(0).get(1));
        assertEquals(
                words, csv.subList(1, csv.size()).stream().map(r -> r.get(1)).toList());
    }

    @Test
    void a_figure_sorts_largest_first_unless_asked_upwards() {
        JsonNode down = json(LIST + "&sort=range").get("rows");
        JsonNode up = json(LIST + "&sort=range&order=asc").get("rows");
        assertEquals(5, down.get(0).get("range").asInt(), "a word in all five documents first");
        assertEquals(1, up.get(0).get("range").asInt(), "a word in one document first");
        // a page of the sorted list: rows 3–4 of the whole sorted list
        JsonNode page = json("/api/corpora/bundled/wordlist?minFreq=2&sort=range&order=asc&offset=2&limit=2")
                .get("rows");
        assertEquals(up.get(2).get("word").asString(), page.get(0).get("word").asString());
        assertEquals(up.get(3).get("word").asString(), page.get(1).get("word").asString());
    }

    @Test
    void an_unknown_sort_column_is_a_400_that_names_it() {
        var response = get("/api/corpora/bundled/wordlist?sort=colour");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(body(response).get("message").asString().contains("colour"));
        assertTrue(body(response).get("message_ar").asString().contains("colour"));
    }
}
