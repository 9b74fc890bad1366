package org.siyaq.corpus.load;

import java.util.List;
import org.siyaq.corpus.SourceDocument;

/** What came out of an upload or a folder: the documents to index and the files skipped, with reasons. */
public record Extraction(List<SourceDocument> documents, List<Rejection> rejected) {

    public Extraction {
        documents = List.copyOf(documents);
        rejected = List.copyOf(rejected);
    }
}
