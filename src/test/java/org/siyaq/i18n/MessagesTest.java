package org.siyaq.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void a_key_is_read_in_the_language_asked_for() {
        assertThat(Messages.english("nav.concordance")).isEqualTo("Concordance");
        assertThat(Messages.arabic("nav.concordance"))
                .isNotEqualTo("Concordance")
                .matches(".*[\\u0621-\\u064A].*");
    }

    @Test
    void any_language_but_arabic_reads_english_whatever_the_default_locale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Messages.ARABIC);
            assertThat(Messages.get("nav.concordance", Locale.FRENCH)).isEqualTo("Concordance");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void parameters_are_filled_in() {
        assertThat(Messages.english("corpus.label", "x", 5, 2280)).isEqualTo("x · 5 documents · 2,280 tokens");
    }

    @Test
    void an_unknown_key_is_an_error_not_a_blank() {
        assertThatThrownBy(() -> Messages.english("no.such.key")).isInstanceOf(MissingResourceException.class);
    }
}
