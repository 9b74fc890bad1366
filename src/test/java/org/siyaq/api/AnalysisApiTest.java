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

    @Test
    void a_vowelled_arabic_text_of_the_limit_is_answered_and_one_char_more_is_the_apis_own_400() {
        // kataba with its vowels and a space: 7 chars, each Arabic one 6 bytes once percent-encoded, so the
        // address of a 2,000-char text is about 11 KB, past Tomcat's default 8 KB for the request line
        String vowelled = "كَتَبَ ".repeat(AnalysisController.MAX_CHARS / 7 + 1);
        String longest = vowelled.substring(0, AnalysisController.MAX_CHARS);
        var answered = get("/api/analysis?text=" + enc(longest));
        assertEquals(200, answered.statusCode(), answered.body());
        assertEquals(
                AnalysisController.MAX_CHARS / 7 + 1,
                body(answered).get("tokens").size());

        var refused = get("/api/analysis?text=" + enc(longest + "ب"));
        assertEquals(400, refused.statusCode());
        assertEquals("bad_request", body(refused).get("error").asString(), refused.body());
    }
}
