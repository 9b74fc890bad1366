package org.siyaq.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siyaq.corpus.OwnTexts;
import org.siyaq.corpus.SessionCorpora;
import org.siyaq.corpus.SourceDocument;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The concordance's sort levels, sample and hidden lines over HTTP; the complement {@code !field:value};
 * and a student's own text, which no request without its session can reach.
 */
class LinesAndOwnTextsApiTest extends ApiTestSupport {

    private static final String WORD = "/api/corpora/bundled/concordance?limit=1000&q=" + enc("روسيا");

    @Autowired
    OwnTexts ownTexts;

    private static List<String> ids(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.get("lines")
                .forEach(l -> out.add(
                        l.get("doc_id").asInt() + ":" + l.get("position").asInt()));
        return out;
    }

    @Test
    void a_second_sort_level_only_reorders_lines_the_first_leaves_equal() {
        JsonNode one = json(WORD + "&sort=after1");
        JsonNode two = json(WORD + "&sort=after1,after2");
        assertThat(two.get("total").asInt()).isEqualTo(one.get("total").asInt());
        assertThat(ids(two)).containsExactlyInAnyOrderElementsOf(ids(one));
        // the after1 words appear in the same order: the second level works inside each group only
        List<String> firstWords = new ArrayList<>();
        List<String> firstWordsTwo = new ArrayList<>();
        one.get("lines")
                .forEach(l -> firstWords.add(l.get("after").asString().strip().split("\\s+")[0]));
        two.get("lines")
                .forEach(
                        l -> firstWordsTwo.add(l.get("after").asString().strip().split("\\s+")[0]));
        assertThat(firstWordsTwo).isEqualTo(firstWords);
        assertThat(get(WORD + "&sort=after1,after2,after3,node").statusCode()).isEqualTo(400);
    }

    @Test
    void a_seeded_sample_is_reproducible_and_hidden_lines_leave_the_answer_and_the_csv() {
        JsonNode sample = json(WORD + "&sample=5&seed=11");
        assertThat(sample.get("total").asInt()).isEqualTo(5);
        assertThat(ids(json(WORD + "&sample=5&seed=11"))).isEqualTo(ids(sample));
        assertThat(ids(json(WORD))).containsAll(ids(sample));

        int total = json(WORD).get("total").asInt();
        String hidden = ids(json(WORD)).get(0) + "," + ids(json(WORD)).get(1);
        JsonNode less = json(WORD + "&hide=" + enc(hidden));
        assertThat(less.get("total").asInt()).isEqualTo(total - 2);
        assertThat(ids(less)).doesNotContain(hidden.split(","));
        // the CSV: a header and the other lines
        assertThat(csvRecords(get(WORD + "&format=csv&hide=" + enc(hidden)))).hasSize(total - 2 + 1);
        assertThat(get(WORD + "&hide=3-4").statusCode()).isEqualTo(400);
        assertThat(get(WORD + "&sample=5&seed=x").statusCode()).isEqualTo(400);
    }

    @Test
    void the_complement_of_a_source_holds_every_other_document() {
        int all = json("/api/corpora/bundled/wordlist").get("summary").get("N").asInt();
        int rt = json("/api/corpora/bundled/wordlist?where=source:RT")
                .get("summary")
                .get("N")
                .asInt();
        int rest = json("/api/corpora/bundled/wordlist?where=" + enc("!source:RT"))
                .get("summary")
                .get("N")
                .asInt();
        assertThat(rt).isPositive();
        assertThat(rest).isEqualTo(all - rt);
    }

    @Test
    void an_own_text_answers_no_request_without_its_session() {
        String owner = SessionCorpora.newOwner();
        String id = ownTexts.add(
                        owner,
                        "Mine",
                        List.of(new SourceDocument("t.txt", "نص خاص جدا", "Mine", null, null, null, null, null)))
                .id();
        assertThat(get("/api/corpora/" + id).statusCode()).isEqualTo(404);
        assertThat(get("/api/corpora/" + id + "/wordlist").statusCode()).isEqualTo(404);
        assertThat(get("/api/corpora/bundled/keywords?reference=" + id).statusCode())
                .isEqualTo(404);
        assertThat(get("/api/corpora").body()).doesNotContain(id);
    }
}
