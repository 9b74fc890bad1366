package org.siyaq.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;

class LexiconCodecTest {

    /** Two forms at the five levels (form, norm, stem, lemma, root), Latin stand-ins for Arabic strings. */
    private static final String[][] TWO_FORMS = {
        {"kataba", "kutub"}, {"ktb", "ktb2"}, {"kt", "kut"}, {"kataba", "kitab"}, {"ktb", "ktb"}
    };

    /**
     * Forms that take every path of {@link StringArena}: Arabic letters (a byte a char), a Latin
     * letter with an accent (two bytes a char), a 300-char string (a length of 255 or more), an emoji
     * (a surrogate pair), and two forms that share their norm and root.
     */
    private static String[][] awkwardForms() {
        String[] forms = {"كتب", "كتاب", "café", "x".repeat(300), "\uD83D\uDE00", "الكتاب"};
        String[] norms = {"كتب", "كتاب", "cafe", "x".repeat(300), "\uD83D\uDE00", "الكتاب"};
        String[] stems = {"كتب", "كتاب", "cafe", "x".repeat(300), "\uD83D\uDE00", "كتاب"};
        String[] lemmas = {"كتب", "كتاب", "cafe", "x".repeat(300), "\uD83D\uDE00", "كتاب"};
        String[] roots = {"كتب", "كتب", "cafe", "x".repeat(300), "\uD83D\uDE00", "كتب"};
        return new String[][] {forms, norms, stems, lemmas, roots};
    }

    @Test
    void a_lexicon_comes_back_with_every_levels_strings_and_type_ids() {
        Lexicon written = new Lexicon(awkwardForms());
        Lexicon read = LexiconCodec.decode(LexiconCodec.encode(written));
        assertThat(read.levelStrings()).isDeepEqualTo(awkwardForms());
        for (Level level : Level.values()) {
            assertThat(read.typeCount(level)).isEqualTo(written.typeCount(level));
            for (int f = 0; f < written.formCount(); f++) {
                assertThat(read.typeOf(level, f)).isEqualTo(written.typeOf(level, f));
            }
        }
        // كتب, كتاب and الكتاب share the root كتب: 4 distinct roots among 6 forms
        assertThat(read.typeCount(Level.ROOT)).isEqualTo(4);
        assertThat(read.lookup(Level.FORM, "x".repeat(300))).isEqualTo(written.lookup(Level.FORM, "x".repeat(300)));
        assertThat(read.lookup(Level.NORM, "café")).isEqualTo(-1);
    }

    @Test
    void a_blob_of_format_2_deflated_at_the_fastest_level_as_before_reads_as_one_in_stored_blocks() throws IOException {
        byte[] stored = LexiconCodec.encode(new Lexicon(awkwardForms()));
        // the payload as the codec wrote it until the fourteenth session: magic, then deflated at BEST_SPEED
        byte[] payload;
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(stored, 4, stored.length - 4))) {
            payload = in.readAllBytes();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(stored, 0, 4);
        Deflater fastest = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, fastest)) {
            out.write(payload);
        } finally {
            fastest.end();
        }
        byte[] deflated = bytes.toByteArray();
        assertThat(deflated).isNotEqualTo(stored);
        assertThat(LexiconCodec.decode(deflated).levelStrings()).isDeepEqualTo(awkwardForms());
        assertThat(LexiconCodec.decode(stored).levelStrings()).isDeepEqualTo(awkwardForms());
    }

    @Test
    void a_blob_of_the_earlier_format_is_read_into_the_same_lexicon() throws IOException {
        // format 1, written by hand: deflated, the number of forms, then form by form every level's string
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeInt(2);
            for (int f = 0; f < 2; f++) {
                for (String[] level : TWO_FORMS) {
                    out.writeUTF(level[f]);
                }
            }
        }
        Lexicon read = LexiconCodec.decode(bytes.toByteArray());
        assertThat(read.levelStrings()).isDeepEqualTo(TWO_FORMS);
        // "ktb" < "ktb2": the norm types are in code-point order
        assertThat(read.typeOf(Level.NORM, 1)).isEqualTo(1);
    }

    @Test
    void the_blob_starts_with_its_format_mark() {
        byte[] blob = LexiconCodec.encode(new Lexicon(TWO_FORMS));
        assertThat(Arrays.copyOf(blob, 4)).isEqualTo(new byte[] {'S', 'L', 'X', '2'});
    }

    @Test
    void an_empty_lexicon_round_trips() {
        String[][] empty = new String[5][0];
        Lexicon read = LexiconCodec.decode(LexiconCodec.encode(new Lexicon(empty)));
        assertThat(read.formCount()).isZero();
        assertThat(read.levelStrings()).isDeepEqualTo(empty);
    }
}
