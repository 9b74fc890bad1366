package org.siyaq.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/**
 * {@link ArabicAnalysis#tokenize} skips the cleaning filter on lines it cannot change and the NFC
 * normalizer on tokens already in NFC; these tests hold it to the plain chain (cleaning filter over the
 * whole text, NFC and lower case on every token) on texts full of what the shortcuts must not miss.
 */
class TokenizeShortcutTest {

    private final ArabicAnalysis analysis = new ArabicAnalysis();

    /** The chain as it was before the shortcuts: every char through the filter, every token normalized. */
    private static List<Token> reference(String text) throws IOException {
        Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new StandardTokenizer());
            }

            @Override
            protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
                return new MappingCharFilter(CleaningCharMap.MAP, reader);
            }
        };
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!type.type().equals(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI])) {
                    String form =
                            Normalizer.normalize(term, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
                    tokens.add(new Token(
                            form, offset.startOffset(), Math.max(offset.endOffset(), offset.startOffset() + 1)));
                }
            }
            stream.end();
        }
        return tokens;
    }

    @Test
    void lines_with_and_without_chars_the_cleaning_changes_give_the_tokens_of_the_whole_chain() throws IOException {
        // tatweel, ZWNJ, a lam-alef ligature, alef + combining hamza (decomposed), shadda before fatha
        // (NFC reorders), a Latin e + combining acute, U+FDFA (one char, four words), an emoji
        String text = "كتـــاب جميل\nقال\u200Cت \uFEFB بد\nاالسؤال \u0627\u0654حمد\r\n"
                + "مدّرسة م\u0651\u064Eدرسة\ncafe\u0301 CAFÉ\n\n\uFDFA نص 😀 آخر\nسطر أخير بلا تغيير";
        assertThat(analysis.tokenize(text)).isEqualTo(reference(text));
    }

    @Test
    void random_texts_built_from_tricky_pieces_tokenize_as_the_whole_chain_does() throws IOException {
        String[] pieces = {
            "كتاب",
            "ـ",
            "\u200C",
            "\uFEFB",
            "\u0627\u0654",
            "\u0651\u064E",
            "e\u0301",
            "É",
            "\uFDFA",
            "😀",
            " ",
            " ",
            "\n",
            "\r\n",
            "،",
            ".",
            "2024",
            "٢٠٢٤",
            "\u00AD",
            "\u200F",
            "\uFEFF",
            "ﻻ",
            "word"
        };
        Random random = new Random(5);
        for (int t = 0; t < 300; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i >= 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(analysis.tokenize(text.toString())).as(text.toString()).isEqualTo(reference(text.toString()));
        }
    }
}
