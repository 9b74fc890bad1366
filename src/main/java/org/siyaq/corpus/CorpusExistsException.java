package org.siyaq.corpus;

/** Asked to add a corpus under an id that is already taken (stored, open or being indexed). */
public class CorpusExistsException extends RuntimeException {

    private final String corpusId;

    public CorpusExistsException(String corpusId) {
        super("A corpus with the id '" + corpusId + "' already exists; choose another id or delete it first.");
        this.corpusId = corpusId;
    }

    public String corpusId() {
        return corpusId;
    }
}
