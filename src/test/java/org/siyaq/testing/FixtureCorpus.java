package org.siyaq.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Token;
import org.siyaq.corpus.CorpusInfo;
import org.siyaq.corpus.CorpusNotFoundException;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.CorpusStatus;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.corpus.DocumentInfo;
import org.siyaq.corpus.DocumentText;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.corpus.Visibility;
import org.siyaq.index.CorpusIndex;
import org.siyaq.index.IndexBuilder;
import org.siyaq.query.QueryMatcher;
import org.siyaq.query.QueryParser;
import org.siyaq.query.QueryService;

/** Small in-memory corpora for service tests, indexed by the real analyzer, without Spring or a store. */
public final class FixtureCorpus {

    public static final ArabicAnalysis ANALYSIS = new ArabicAnalysis();

    private FixtureCorpus() {}

    /** A corpus of one document per text, in order, titled doc0, doc1, …; texts are kept in memory. */
    public static LoadedCorpus of(String id, String... texts) {
        return withSources(id, new String[texts.length], texts);
    }

    /** As {@link #of}, document {@code i} with source {@code sources[i]} (null for none). */
    public static LoadedCorpus withSources(String id, String[] sources, String... texts) {
        return withSourcesAndDates(id, sources, new String[texts.length], texts);
    }

    /** As {@link #of}, document {@code i} with source {@code sources[i]} and date {@code dates[i]} (null for none). */
    public static LoadedCorpus withSourcesAndDates(String id, String[] sources, String[] dates, String... texts) {
        IndexBuilder builder = new IndexBuilder(ANALYSIS);
        List<DocumentInfo> documents = new ArrayList<>();
        List<DocumentText> stored = new ArrayList<>();
        for (String text : texts) {
            List<Token> tokens = ANALYSIS.tokenize(text);
            int first = builder.tokenCount();
            builder.addDocument(tokens, text);
            documents.add(new DocumentInfo(
                    documents.size(),
                    "doc" + documents.size() + ".txt",
                    "doc" + documents.size(),
                    null,
                    dates[documents.size()],
                    sources[documents.size()],
                    null,
                    Map.of(),
                    tokens.size(),
                    first,
                    text.length()));
            stored.add(new DocumentText(
                    text,
                    tokens.stream().mapToInt(Token::start).toArray(),
                    tokens.stream().mapToInt(Token::end).toArray()));
        }
        CorpusIndex index = builder.build();
        CorpusInfo info = new CorpusInfo(
                id,
                id,
                null,
                null,
                null,
                Visibility.CLASS,
                CorpusStatus.READY,
                documents.size(),
                index.size(),
                ArabicAnalysis.VERSION,
                Instant.EPOCH);
        return new LoadedCorpus(info, index, documents, stored::get);
    }

    /**
     * A registry that knows exactly these corpora and throws {@link CorpusNotFoundException} for any other id;
     * a sub-corpus is built on each request, as the real registry does on its first.
     */
    public static CorpusRegistry registry(LoadedCorpus... corpora) {
        CorpusRegistry registry = mock(CorpusRegistry.class);
        when(registry.get(anyString())).thenAnswer(call -> find(call.getArgument(0), corpora));
        when(registry.get(anyString(), any())).thenAnswer(call -> {
            LoadedCorpus whole = find(call.getArgument(0), corpora);
            DocumentFilter where = call.getArgument(1);
            return where == null ? whole : whole.restrictedTo(where);
        });
        return registry;
    }

    private static LoadedCorpus find(String id, LoadedCorpus... corpora) {
        for (LoadedCorpus corpus : corpora) {
            if (corpus.id().equals(id)) {
                return corpus;
            }
        }
        throw new CorpusNotFoundException(id);
    }

    public static QueryService queries() {
        return new QueryService(new QueryParser(ANALYSIS), new QueryMatcher(), Duration.ofSeconds(10));
    }
}
