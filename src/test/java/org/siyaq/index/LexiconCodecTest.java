package org.siyaq.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;

class LexiconCodecTest {

    /** Two forms at the five levels (form, norm, stem, lemma, root), Latin stand-ins for Arabic strings. */
    private static final String[][] TWO_FORMS = {
        {"kataba", "kutub"}, {"ktb", "ktb2"}, {"kt", "kut"}, {"kataba", "kitab"}, {"ktb", "ktb"}
    };

    @Test
    void a_lexicon_comes_back_as_it_was_written() {
        assertThat(LexiconCodec.decode(LexiconCodec.encode(TWO_FORMS))).isDeepEqualTo(TWO_FORMS);
    }

    @Test
    void the_blob_is_deflated_and_starts_with_the_number_of_forms_then_form_by_form() throws IOException {
        try (DataInputStream in = new DataInputStream(
                new InflaterInputStream(new ByteArrayInputStream(LexiconCodec.encode(TWO_FORMS))))) {
            assertThat(in.readInt()).isEqualTo(2);
            // form 0 at every level before form 1: kataba, ktb, kt, kataba, ktb
            assertThat(in.readUTF()).isEqualTo("kataba");
            assertThat(in.readUTF()).isEqualTo("ktb");
            assertThat(in.readUTF()).isEqualTo("kt");
        }
    }

    @Test
    void an_empty_lexicon_round_trips() {
        String[][] empty = new String[5][0];
        assertThat(LexiconCodec.decode(LexiconCodec.encode(empty))).isDeepEqualTo(empty);
    }
}
