package org.siyaq.corpus;

import java.time.Instant;

/** What is known about a corpus apart from its texts: its description, state and size. */
public record CorpusInfo(
        String id,
        String name,
        String description,
        String languageNote,
        String sourceNote,
        Visibility visibility,
        CorpusStatus status,
        int documents,
        long tokens,
        int analyzerVersion,
        Instant createdAt) {

    public CorpusInfo withStatus(CorpusStatus newStatus) {
        return new CorpusInfo(
                id,
                name,
                description,
                languageNote,
                sourceNote,
                visibility,
                newStatus,
                documents,
                tokens,
                analyzerVersion,
                createdAt);
    }

    public CorpusInfo withSize(int newDocuments, long newTokens) {
        return new CorpusInfo(
                id,
                name,
                description,
                languageNote,
                sourceNote,
                visibility,
                status,
                newDocuments,
                newTokens,
                analyzerVersion,
                createdAt);
    }
}
