package org.siyaq.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The one place where Arabic text becomes tokens and levels (docs/arabic.md): the index and every
 * query go through the same instance, so they cannot drift apart. Thread-safe; share one instance.
 *
 * <p>Tokens come from Lucene's {@link StandardTokenizer} (UAX #29 word boundaries) over the cleaned
 * text ({@link CleaningCharMap}); {@code norm} is Lucene's {@link ArabicNormalizationFilter} plus
 * {@link ArabicNormExtensionFilter}; {@code stem} is Lucene's {@link ArabicStemFilter} (Larkey,
 * Ballesteros & Connell's light stemming, 2007); {@code root} is {@link IsriRootExtractor}
 * (Taghva, Elkhoury & Coombs 2005).
 */
public final class ArabicAnalysis {

    /** Bump whenever any output of this class could change; each corpus stores the version it was built with. */
    public static final int VERSION = 1;

    private final Analyzer formAnalyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(CleaningCharMap.MAP, reader);
        }
    };
    private final SingleTokenChain normChain =
            new SingleTokenChain(source -> new ArabicNormExtensionFilter(new ArabicNormalizationFilter(source)));
    private final SingleTokenChain stemChain = new SingleTokenChain(ArabicStemFilter::new);
    private final IsriRootExtractor rootExtractor = new IsriRootExtractor();
    private final Set<String> stopWords = normalizedStopWords();

    /**
     * The {@code form} tokens of {@code originalText}, in order, with offsets into it. Emoji, which
     * UAX #29 makes tokens of their own, are symbols here and left out.
     */
    public List<Token> tokenize(String originalText) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = formAnalyzer.tokenStream("", originalText)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!isEmoji(type.type())) {
                    int start = offset.startOffset();
                    // a token made wholly of the expansion of one presentation form (U+FDFA gives four
                    // words) gets an empty span from MappingCharFilter; give it that one char
                    int end = Math.max(offset.endOffset(), start + 1);
                    tokens.add(new Token(toForm(term), start, end));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a String cannot fail", e);
        }
        return tokens;
    }

    /** The {@code norm} of a {@code form}. */
    public String norm(String form) {
        return normChain.apply(form);
    }

    /** The {@code stem} of a {@code norm}. */
    public String stem(String norm) {
        return stemChain.apply(norm);
    }

    /**
     * The ISRI root of a {@code norm}, best effort. A stop word, a token that is not all Arabic
     * letters (Latin, digits), and a word ISRI cannot reduce come back as given (after ISRI's affix
     * stripping, for the last); see {@code docs/analysis.md} for the known errors.
     */
    public String root(String norm) {
        return isStopWord(norm) ? norm : rootExtractor.root(norm);
    }

    /** The given {@code form} at {@code level}. */
    public String toLevel(String form, Level level) {
        return switch (level) {
            case FORM -> form;
            case NORM -> norm(form);
            case STEM -> stem(norm(form));
            case ROOT -> root(norm(form));
        };
    }

    /** Whether a {@code norm} is in Lucene's Arabic stop list, itself normalized to {@code norm}. */
    public boolean isStopWord(String norm) {
        return stopWords.contains(norm);
    }

    /**
     * What a user typed, as a {@code form}: the same cleaning, NFC and lower-casing as the tokens,
     * and surrounding blanks stripped, but no tokenizing, so wildcards and inner spaces stay.
     */
    public String cleanQueryWord(String typed) {
        Objects.requireNonNull(typed, "typed");
        StringBuilder cleaned = new StringBuilder(typed.length());
        try (Reader reader = new MappingCharFilter(CleaningCharMap.MAP, new StringReader(typed))) {
            char[] buffer = new char[256];
            for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
                cleaned.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a String cannot fail", e);
        }
        return toForm(cleaned).strip();
    }

    /** NFC puts the marks of a letter in canonical order, so the same vowelling is always the same form. */
    private static String toForm(CharSequence cleaned) {
        return Normalizer.normalize(cleaned, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static boolean isEmoji(String type) {
        return StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI].equals(type);
    }

    // the order here is important: Lucene's stop list is not normalized, and we compare norms
    private Set<String> normalizedStopWords() {
        Set<String> words = new HashSet<>();
        for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
            words.add(norm(word instanceof char[] chars ? new String(chars) : word.toString()));
        }
        return Set.copyOf(words);
    }
}
