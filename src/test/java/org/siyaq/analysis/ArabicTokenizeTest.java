package org.siyaq.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code form} level: cleaning, UAX #29 tokens, and offsets into the original text. */
class ArabicTokenizeTest {

    private final ArabicAnalysis analysis = new ArabicAnalysis();

    private void check(String text, String... expectedForms) {
        assertEquals(
                List.of(expectedForms),
                analysis.tokenize(text).stream().map(Token::form).toList());
    }

    private void checkOffsets(String text, Token... expected) {
        assertEquals(List.of(expected), analysis.tokenize(text));
    }

    @Test
    void latin_words_are_lower_cased() {
        check("Hello WORLD Straße", "hello", "world", "straße");
    }

    @Test
    void numbers_are_tokens_in_every_digit_set() {
        // the form keeps the digits as written; norm turns them to ASCII
        check("عام 2024 و٢٠٢٤ و۲۰۲۴", "عام", "2024", "و٢٠٢٤", "و۲۰۲۴");
    }

    @Test
    void a_decimal_number_with_the_arabic_decimal_separator_is_one_token() {
        check("٣٫٥ و3.5", "٣٫٥", "و3.5");
    }

    @Test
    void punctuation_is_not_a_token() {
        // Arabic comma, question mark, semicolon and guillemets, and Latin punctuation
        check("قال: «نعم»، ثم ذهب؟ بل؛ (هنا) - !", "قال", "نعم", "ثم", "ذهب", "بل", "هنا");
    }

    @Test
    void emoji_are_symbols_and_not_tokens() {
        // UAX #29 makes each emoji a token of its own; the spec counts them as symbols
        check("شكرا 👍🏽 جدا 😀", "شكرا", "جدا");
    }

    @Test
    void offsets_point_into_the_original_sentence() {
        checkOffsets(
                "قال: «نعم»، ثم ذهب.",
                new Token("قال", 0, 3),
                new Token("نعم", 6, 9),
                new Token("ثم", 12, 14),
                new Token("ذهب", 15, 18));
    }

    @Test
    void diacritics_are_kept_at_the_form_level() {
        check("الرَّحْمَن الرحمن", "الرَّحْمَن", "الرحمن");
    }

    @Test
    void zwnj_inside_a_word_is_removed_and_leaves_one_token() {
        // Persian-style ZWNJ between prefix and verb; the token still spans the original
        checkOffsets("مي\u200Cخواهم كتاب", new Token("ميخواهم", 0, 8), new Token("كتاب", 9, 13));
    }

    @Test
    void zwj_inside_a_word_is_removed() {
        checkOffsets("كت\u200Dاب", new Token("كتاب", 0, 5));
    }

    @Test
    void bidi_controls_in_and_around_a_word_are_removed() {
        // RLM before, LRM inside, PDF after: one token whose offsets cover what was written.
        // MappingCharFilter counts a removed char at the end of a token in the token, one at its
        // start not: the span of كتاب ends after the PDF, that of هنا starts after the ALM
        String text = "\u200Fكت\u200Eاب\u202C و\u2067نص\u2069 \u061Cهنا";
        checkOffsets(text, new Token("كتاب", 1, 7), new Token("ونص", 8, 13), new Token("هنا", 15, 18));
    }

    @Test
    void byte_order_mark_and_soft_hyphen_are_removed() {
        checkOffsets("\uFEFFكتا\u00ADب", new Token("كتاب", 1, 6));
    }

    @Test
    void tatweel_is_removed() {
        // kashida stretches a word for justification; it is not a letter
        checkOffsets("كتـــاب", new Token("كتاب", 0, 7));
    }

    @Test
    void presentation_forms_fold_to_base_letters() {
        // isolated/initial/medial/final glyph code points, as in text copied from old PDFs
        check("ﺑﺴﻢ", "بسم");
    }

    @Test
    void lam_alef_ligature_becomes_two_letters_at_the_ligature_offset() {
        checkOffsets("ﻻ بد", new Token("لا", 0, 1), new Token("بد", 2, 4));
    }

    @Test
    void allah_ligature_becomes_the_word() {
        checkOffsets("ﷲ", new Token("الله", 0, 1));
    }

    @Test
    void a_ligature_of_a_whole_phrase_becomes_several_tokens_at_one_offset() {
        // U+FDFA decomposes to the four words of the eulogy; each covers the one ligature char
        checkOffsets(
                "ﷺ", new Token("صلى", 0, 1), new Token("الله", 0, 1), new Token("عليه", 0, 1), new Token("وسلم", 0, 1));
    }

    @Test
    void decomposed_alef_and_hamza_above_is_composed() {
        // some keyboards and OCR output type alef + U+0654 instead of U+0623
        checkOffsets("ا\u0654كل", new Token("أكل", 0, 4));
    }

    @Test
    void decomposed_hamza_on_waw_yeh_ae_and_yeh_barree_is_composed() {
        // Unicode composes hamza above with ە (U+06D5) and ے (U+06D2), but not with the Arabic heh
        check("مو\u0654من سي\u0654ل \u06D5\u0654 \u06D2\u0654 ه\u0654", "مؤمن", "سئل", "ۀ", "ۓ", "ه\u0654");
    }

    @Test
    void marks_on_one_letter_are_put_in_canonical_order() {
        // shadda + fatha and fatha + shadda are the same vowelling: NFC gives one form
        check("ر\u0651\u064Eب ر\u064E\u0651ب", "ر\u064E\u0651ب", "ر\u064E\u0651ب");
    }
}
