package org.siyaq.corpus;

/** Asked for a document number that the corpus does not have. */
public class DocumentNotFoundException extends RuntimeException {

    public DocumentNotFoundException(String corpusId, int docId) {
        super("Corpus '" + corpusId + "' has no document " + docId + ".");
    }
}
