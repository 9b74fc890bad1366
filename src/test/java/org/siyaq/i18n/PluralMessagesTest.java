package org.siyaq.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Counts take the plural form of their language (issue 12, item 13): English one/other; Arabic
 * zero, one, two, few (3–10), many (11–99) and other (100–102, …), by CLDR's rules, with Western digits.
 */
class PluralMessagesTest {

    @Test
    void english_says_one_hit_in_one_document_and_five_hits_in_three_documents() {
        assertThat(Messages.english("concordance.summary", 1, 1)).isEqualTo("1 hit in 1 document");
        assertThat(Messages.english("concordance.summary", 5, 3)).isEqualTo("5 hits in 3 documents");
        assertThat(Messages.english("ngrams.summary", 1)).isEqualTo("1 n-gram");
        assertThat(Messages.english("documents.summary", 5, 12345)).isEqualTo("5 documents · 12,345 tokens");
    }

    @Test
    void arabic_uses_its_six_forms_after_the_count() {
        // one: the noun with واحد after it; two: the dual (genitive after في); 3–10: broken plural;
        // 11–99: singular accusative (tamyiz); 100 and 1,234 (ends in 34, many): as CLDR says
        assertThat(Messages.arabic("concordance.summary", 1, 1)).isEqualTo("نتيجة واحدة في نص واحد");
        assertThat(Messages.arabic("concordance.summary", 2, 2)).isEqualTo("نتيجتان في نصين");
        assertThat(Messages.arabic("concordance.summary", 5, 3)).isEqualTo("5 نتائج في 3 نصوص");
        assertThat(Messages.arabic("concordance.summary", 11, 99)).isEqualTo("11 نتيجة في 99 نصًا");
        assertThat(Messages.arabic("concordance.summary", 100, 102)).isEqualTo("100 نتيجة في 102 نص");
        assertThat(Messages.arabic("concordance.summary", 1234, 0)).isEqualTo("1,234 نتيجة في 0 نص");
    }

    @Test
    void seconds_left_in_arabic_are_seven_seconds_not_seven_second() {
        assertThat(Messages.arabic("admin.progress.left", "x", 7)).isEqualTo("x، يتبقى نحو 7 ثوانٍ");
        assertThat(Messages.english("admin.progress.left", "x", 1)).isEqualTo("x, about 1 second left");
    }

    @Test
    void the_corpus_menu_counts_documents_and_tokens_in_each_language() {
        assertThat(Messages.english("corpus.label", "x", 1, 9)).isEqualTo("x · 1 document · 9 tokens");
        assertThat(Messages.english("corpus.label", "x", 5, 1)).isEqualTo("x · 5 documents · 1 token");
        // was "1 نصوص · 9 كلمة": one is the noun with واحد, 3–10 the broken plural
        assertThat(Messages.arabic("corpus.label", "x", 1, 9)).isEqualTo("x · نص واحد · 9 كلمات");
        assertThat(Messages.arabic("corpus.label", "x", 2, 2)).isEqualTo("x · نصان · كلمتان");
        assertThat(Messages.arabic("corpus.label", "x", 11, 100)).isEqualTo("x · 11 نصًا · 100 كلمة");
        assertThat(Messages.arabic("corpus.label", "x", 5, 12345)).isEqualTo("x · 5 نصوص · 12,345 كلمة");
    }

    @Test
    void the_upload_toast_the_keywords_and_the_metadata_hits_take_the_plural_of_their_count() {
        assertThat(Messages.english("admin.upload.started", 1, "c")).isEqualTo("Indexing 1 document as c");
        // after فهرسة the noun is genitive: نصين, not نصان
        assertThat(Messages.arabic("admin.upload.started", 2, "c")).isEqualTo("تجري فهرسة نصين باسم c");
        assertThat(Messages.arabic("admin.upload.started", 1, "c")).isEqualTo("تجري فهرسة نص واحد باسم c");
        assertThat(Messages.english("keywords.summary", 1, 2, 1))
                .isEqualTo("N1 = 1 token in the target · N2 = 2 tokens in the reference · 1 row");
        assertThat(Messages.arabic("keywords.summary", 3, 1, 11))
                .isEqualTo("N1 = 3 كلمات في المدونة المدروسة · N2 = كلمة واحدة في المرجع · 11 صفًا");
        assertThat(Messages.english("bymeta.figures", 1, "2.0")).isEqualTo("1 hit · 2.0 per million");
        assertThat(Messages.arabic("bymeta.figures", 2, "2.0")).isEqualTo("مطابقتان · 2.0 لكل مليون");
        assertThat(Messages.arabic("bymeta.figures", 4, "2.0")).isEqualTo("4 مطابقات · 2.0 لكل مليون");
        assertThat(Messages.english("classcode.locked", 1)).isEqualTo("Too many wrong codes; try again in 1 minute.");
        assertThat(Messages.arabic("classcode.locked", 5)).isEqualTo("محاولات خاطئة كثيرة؛ حاول بعد 5 دقائق.");
        assertThat(Messages.english("concordance.collocate-filter", 1, 3))
                .isEqualTo("Only lines with this collocate up to 1 word before or 3 words after the match:");
    }

    /**
     * No message puts a placeholder straight before a counted noun ("{1} documents", "{2} كلمة"): such a
     * count is a plural argument. The limits of the API's and the uploads' checks (large numbers such as
     * "at most {0} characters") are left out: they are never one or two.
     */
    @Test
    void no_count_in_the_bundles_is_followed_by_a_fixed_noun() throws IOException {
        Pattern english = Pattern.compile(
                "\\{\\d\\}\\s+(documents?|tokens?|hits?|rows?|minutes?|minute\\(s\\)|seconds?|lines?|types?|words?)\\b");
        Pattern arabic = Pattern.compile(
                "\\{\\d\\}\\s+(نص|نصوص|نصًا|نصًّا|كلمة|كلمات|مطابقة|نتيجة|صفًا|صف|دقيقة|ثانية|سطر|أسطر)(?=[\\s.،؛:·)]|$)");
        assertThat(fixedNouns("translations.properties", english)).isEmpty();
        assertThat(fixedNouns("translations_ar.properties", arabic)).isEmpty();
    }

    private static List<String> fixedNouns(String file, Pattern noun) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = PluralMessagesTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> found = new ArrayList<>();
        for (String key : bundle.stringPropertyNames()) {
            if (!key.startsWith("request.")
                    && !key.startsWith("harden.")
                    && !key.startsWith("upload.problem.")
                    && !key.startsWith("query.error.")
                    && noun.matcher(bundle.getProperty(key)).find()) {
                found.add(key);
            }
        }
        return found;
    }
}
