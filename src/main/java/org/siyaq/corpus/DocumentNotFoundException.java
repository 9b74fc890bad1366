package org.siyaq.corpus;

/** Asked for a document number that the corpus does not have. */
public class DocumentNotFoundException extends RuntimeException {

    private final String corpusId;
    private final int docId;

    public DocumentNotFoundException(String corpusId, int docId) {
        super("Corpus '" + corpusId + "' has no document " + docId + ".");
        this.corpusId = corpusId;
        this.docId = docId;
    }

    public String corpusId() {
        return corpusId;
    }

    public int docId() {
        return docId;
    }
}
