package org.siyaq.i18n;

import static org.assertj.core.api.Assertions.assertThat;

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
}
