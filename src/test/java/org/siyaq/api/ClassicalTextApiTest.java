package org.siyaq.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.ObjectMapper;

/**
 * A fully vowelled classical text loaded as an instructor loads one (an upload over the API), then
 * searched as a teacher would: al-Fatiha and al-Ikhlas in Uthmani script, the first lines of Imru al-Qays'
 * Muallaqa and the hadith of intentions, typed by hand from the public-domain texts
 * ({@code src/test/resources/classical/}). Every count below is worked out by reading those four files.
 * Runs in its own JVM (an application context of its own).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClassicalTextApiTest {

    private static final Path ROOT =
            Path.of("target/test-data-classical-" + UUID.randomUUID()).toAbsolutePath();
    private static final String USER = "teacher";
    private static final String PASSWORD = "correct-horse-battery";
    private static final String ID = "classical";
    private static final String[] FILES = {"al-fatiha.txt", "al-ikhlas.txt", "imru-al-qays.txt", "hadith-niyyat.txt"};
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("siyaq.data-dir", () -> ROOT.resolve("data").toString());
        registry.add("siyaq.corpora-dir", () -> ROOT.resolve("corpora").toString());
        registry.add("siyaq.admin.user", () -> USER);
        registry.add("siyaq.admin.password", () -> PASSWORD);
    }

    @BeforeEach
    void upload_the_texts_once() throws IOException {
        if (calls().send("GET", "/api/corpora/" + ID, instructor(), null, null).statusCode() == 200) {
            return;
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : FILES) {
            try (InputStream in = getClass().getResourceAsStream("/classical/" + name)) {
                files.put(name, in.readAllBytes());
            }
        }
        HttpResponse<String> accepted =
                calls().upload(instructor(), Map.of("id", ID, "name", "Classical texts"), files);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        calls().waitUntilReady(ID, instructor());
    }

    @Test
    void the_standard_spelling_finds_the_uthmani_one_at_norm() {
        // ٱلرَّحۡمَٰنِ twice in al-Fatiha (verses 1 and 3): the dagger alef inside رحمٰن is dropped → الرحمن
        assertThat(total("الرحمن", "norm")).isEqualTo(2);
        // ٱلۡعَٰلَمِينَ: the dagger alef is written as alef → العالمين
        assertThat(total("العالمين", "norm")).isEqualTo(1);
        // ٱلضَّآلِّينَ: alef madda and wasla → الضالين
        assertThat(total("الضالين", "norm")).isEqualTo(1);
        // ٱللَّهِ (al-Fatiha 1) and ٱللَّهُ twice (al-Ikhlas 1, 2); لِلَّهِ is لله at norm, not الله
        assertThat(total("الله", "norm")).isEqualTo(3);
        // إِنَّمَا and وَإِنَّمَا in the hadith: the second is وانما at norm, and the stemmer strips its و
        assertThat(total("انما", "norm")).isEqualTo(1);
        assertThat(total("انما", "stem")).isEqualTo(2);
    }

    @Test
    void the_exact_vowelled_form_is_still_one_form() {
        // ٱلرَّحۡمَٰنِ as written, twice; unvowelled الرحمن is another form and finds nothing here
        assertThat(total("ٱلرَّحۡمَٰنِ", "form")).isEqualTo(2);
        assertThat(total("الرحمن", "form")).isZero();
    }

    @Test
    void the_name_of_god_and_the_path_are_one_word_at_stem_lemma_and_root() {
        // the three الله and لِلَّهِ (al-Fatiha 2): the name of God with its proclitic keeps الله
        assertThat(total("الله", "stem")).isEqualTo(4);
        assertThat(total("الله", "lemma")).isEqualTo(4);
        assertThat(total("ء-ل-ه", "root")).isEqualTo(4);
        // ٱلصِّرَٰطَ (verse 6) and صِرَٰطَ (verse 7): the article stripped at stem
        assertThat(total("صراط", "stem")).isEqualTo(2);
    }

    @Test
    void lemma_and_root_gather_the_forms_a_teacher_expects() {
        // al-Ikhlas 3: يَلِدۡ (active) and يُولَدۡ (passive) are both of the verb وَلَدَ, root و ل د
        assertThat(total("ولد", "lemma")).isEqualTo(2);
        assertThat(total("و ل د", "root")).isEqualTo(2);
        // al-Ikhlas 4: يَكُن is the jussive of كان; its root is ك و ن
        assertThat(total("كان", "lemma")).isEqualTo(1);
        assertThat(total("كون", "root")).isEqualTo(1);
        // the hadith: ٱلْأَعْمَالُ, the broken plural of عمل
        assertThat(total("عمل", "root")).isEqualTo(1);
        // the poem: ذِكْرَى (ذ ك ر), حَبِيبٍ (ح ب ب), وَمَنْزِلِ (ن ز ل); al-Fatiha 5: نَعۡبُدُ (ع ب د)
        assertThat(total("ذكر", "root")).isEqualTo(1);
        assertThat(total("حبب", "root")).isEqualTo(1);
        assertThat(total("نزل", "root")).isEqualTo(1);
        assertThat(total("عبد", "root")).isEqualTo(1);
    }

    private int total(String query, String level) {
        HttpResponse<String> response = calls().send(
                        "GET",
                        "/api/corpora/" + ID + "/concordance?level=" + level + "&q="
                                + URLEncoder.encode(query, StandardCharsets.UTF_8),
                        instructor(),
                        null,
                        null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("total").asInt();
    }

    private ApiCalls calls() {
        return new ApiCalls(port);
    }

    private static String instructor() {
        return ApiCalls.basic(USER, PASSWORD);
    }
}
