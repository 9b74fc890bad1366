package org.siyaq.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Runs one word through a chain of Lucene token filters, the word being the one token.
 *
 * <p>This is how we reach Lucene's {@code ArabicNormalizer} and {@code ArabicStemmer}, which are
 * package-private: through their public filters. Each thread has its own chain over a source that hands the
 * filters the word as its one token: what a {@code KeywordTokenizer} gives, without reading the word through a
 * {@code Reader} and an {@code Analyzer}'s reuse for every word (docs/performance.md, "The levels' CPU, sixth
 * session"). One instance is safe to share.
 */
final class SingleTokenChain {

    private final ThreadLocal<Chain> chains;

    SingleTokenChain(UnaryOperator<TokenStream> filters) {
        this.chains = ThreadLocal.withInitial(() -> new Chain(filters));
    }

    /** The word after the filters; a word the chain drops comes back unchanged. */
    String apply(String word) {
        return chains.get().apply(word);
    }

    /** One thread's source and filters. */
    private static final class Chain {

        private final OneWord source = new OneWord();
        private final TokenStream filtered;
        private final CharTermAttribute term;

        Chain(UnaryOperator<TokenStream> filters) {
            this.filtered = filters.apply(source);
            this.term = filtered.addAttribute(CharTermAttribute.class);
        }

        String apply(String word) {
            source.word = word;
            try {
                filtered.reset();
                String result = filtered.incrementToken() ? term.toString() : word;
                filtered.end();
                return result;
            } catch (IOException e) {
                throw new UncheckedIOException("a word in memory cannot fail to read", e);
            }
        }
    }

    /** A token stream of one token, the word, as a {@code KeywordTokenizer} would read it. */
    private static final class OneWord extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private String word;
        private boolean done;

        @Override
        public boolean incrementToken() {
            if (done) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(word);
            done = true;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            done = false;
        }
    }
}
