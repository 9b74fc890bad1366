package org.siyaq.corpus;

/** A corpus is answerable only when READY; INDEXING rows left by a crash are removed at startup. */
public enum CorpusStatus {
    INDEXING,
    READY
}
