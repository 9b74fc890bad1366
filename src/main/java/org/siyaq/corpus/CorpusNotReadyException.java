package org.siyaq.corpus;

/** Asked to query a corpus that is still being indexed. */
public class CorpusNotReadyException extends RuntimeException {

    public CorpusNotReadyException(String corpusId) {
        super("Corpus '" + corpusId + "' is still being indexed; try again when it is ready.");
    }
}
