package org.siyaq.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Runs one word through a chain of Lucene token filters over a {@link KeywordTokenizer}.
 *
 * <p>This is how we reach Lucene's {@code ArabicNormalizer} and {@code ArabicStemmer}, which are
 * package-private: through their public filters. The wrapped {@link Analyzer} reuses its
 * components per thread, so one instance is safe to share.
 */
final class SingleTokenChain {

    private final Analyzer analyzer;

    SingleTokenChain(UnaryOperator<TokenStream> filters) {
        this.analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, filters.apply(source));
            }
        };
    }

    /** The word after the filters; a word the chain drops comes back unchanged. */
    String apply(String word) {
        try (TokenStream stream = analyzer.tokenStream("", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String result = stream.incrementToken() ? term.toString() : word;
            stream.end();
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a String cannot fail", e);
        }
    }
}
