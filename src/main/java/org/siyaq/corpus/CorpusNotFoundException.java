package org.siyaq.corpus;

/** Asked for a corpus that does not exist, or that the asker may not see. */
public class CorpusNotFoundException extends RuntimeException {

    private final String corpusId;

    public CorpusNotFoundException(String corpusId) {
        super("No corpus with the id '" + corpusId + "'.");
        this.corpusId = corpusId;
    }

    public String corpusId() {
        return corpusId;
    }
}
