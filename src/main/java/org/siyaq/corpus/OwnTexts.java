package org.siyaq.corpus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Token;
import org.siyaq.index.CorpusIndex;
import org.siyaq.index.IndexBuilder;
import org.springframework.stereotype.Service;

/**
 * Indexes a student's own text in memory, as a corpus of the session that sent it ({@link SessionCorpora}):
 * analysed exactly as an uploaded corpus is, but never written to the store. At most
 * {@link SessionCorpora#MAX_TOKENS} tokens; a larger text is refused with its count (and one of more than
 * 40 characters a token, far beyond any text within the limit, before it is read).
 */
@Service
public class OwnTexts {

    private final ArabicAnalysis analysis;
    private final SessionCorpora sessions;

    public OwnTexts(ArabicAnalysis analysis, SessionCorpora sessions) {
        this.analysis = analysis;
        this.sessions = sessions;
    }

    /**
     * Indexes {@code documents} as the own text {@code name} of {@code owner} and keeps it for the session.
     *
     * @throws InvalidRequestException when there is nothing to index, or more than the token limit
     */
    public LoadedCorpus add(String owner, String name, List<SourceDocument> documents) {
        LoadedCorpus corpus = build(SessionCorpora.newId(), name, documents);
        sessions.add(owner, corpus);
        return corpus;
    }

    /** The corpus of {@code documents} in memory, refused beyond {@code maxTokens} tokens. */
    static LoadedCorpus build(
            ArabicAnalysis analysis, String id, String name, List<SourceDocument> documents, int maxTokens) {
        long chars = documents.stream().mapToLong(d -> d.text().length()).sum();
        if (documents.isEmpty() || chars == 0) {
            throw InvalidRequestException.of("owntext.empty");
        }
        if (chars > 40L * maxTokens) {
            throw InvalidRequestException.of("owntext.too-long", maxTokens, chars);
        }
        IndexBuilder builder = new IndexBuilder(analysis);
        List<DocumentInfo> infos = new ArrayList<>(documents.size());
        List<DocumentText> texts = new ArrayList<>(documents.size());
        for (SourceDocument source : documents) {
            List<Token> tokens = analysis.tokenize(source.text());
            if ((long) builder.tokenCount() + tokens.size() > maxTokens) {
                long total = (long) builder.tokenCount() + tokens.size();
                throw InvalidRequestException.of("owntext.too-large", maxTokens, total);
            }
            int first = builder.tokenCount();
            builder.addDocument(tokens, source.text());
            infos.add(source.indexedAs(infos.size(), tokens.size(), first));
            texts.add(new DocumentText(
                    source.text(),
                    tokens.stream().mapToInt(Token::start).toArray(),
                    tokens.stream().mapToInt(Token::end).toArray()));
        }
        if (builder.tokenCount() == 0) {
            throw InvalidRequestException.of("owntext.empty");
        }
        CorpusIndex index = builder.build();
        CorpusInfo info = new CorpusInfo(
                id,
                name,
                null,
                null,
                null,
                Visibility.DRAFT,
                CorpusStatus.READY,
                infos.size(),
                index.size(),
                ArabicAnalysis.VERSION,
                Instant.now());
        return new LoadedCorpus(info, index, infos, texts::get);
    }

    private LoadedCorpus build(String id, String name, List<SourceDocument> documents) {
        return build(analysis, id, name, documents, SessionCorpora.MAX_TOKENS);
    }
}
