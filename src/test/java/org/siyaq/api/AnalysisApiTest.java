package org.siyaq.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AnalysisApiTest extends ApiTestSupport {

    @Test
    void every_token_comes_with_its_offsets_all_levels_and_its_part_of_speech() {
        // "wa-yaqulu al-kutub": و + يقول (verb قال, root ق و ل), then ال + كتب (plural of كتاب)
        JsonNode tokens = json("/api/analysis?text=" + enc("ويقول الكتب")).get("tokens");
        assertEquals(2, tokens.size());
        JsonNode first = tokens.get(0);
        assertEquals(0, first.get("start").asInt());
        assertEquals(5, first.get("end").asInt());
        assertEquals("ويقول", first.get("form").asString());
        assertEquals("قال", first.get("lemma").asString());
        assertEquals("قول", first.get("root").asString());
        assertEquals("verb", first.get("pos").asString());
        assertEquals("wyqwl", first.get("buckwalter").asString());
        JsonNode second = tokens.get(1);
        assertEquals(6, second.get("start").asInt());
        assertEquals("كتب", second.get("stem").asString());
        assertEquals("كتاب", second.get("lemma").asString());
        assertEquals("كتب", second.get("root").asString());
    }

    @Test
    void an_ambiguous_form_lists_its_other_readings() {
        // kataba "he wrote" and kutub "books" are both readings of the bare كتب
        JsonNode readings =
                json("/api/analysis?text=" + enc("كتب")).get("tokens").get(0).get("readings");
        boolean verb = false;
        boolean noun = false;
        for (JsonNode r : readings) {
            verb |= r.get("pos").asString().equals("verb");
            noun |= r.get("pos").asString().equals("noun");
        }
        assertTrue(verb && noun, readings.toString());
    }

    @Test
    void a_text_longer_than_the_limit_is_a_bad_request_in_both_languages() {
        var response = get("/api/analysis?text=" + "a".repeat(AnalysisController.MAX_CHARS + 1));
        assertEquals(400, response.statusCode());
        assertTrue(body(response).get("message_ar").asString().contains("2"), response.body());
    }
}
