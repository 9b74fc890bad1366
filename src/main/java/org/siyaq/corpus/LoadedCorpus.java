package org.siyaq.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.siyaq.index.CorpusIndex;

/**
 * A corpus open for queries: its description, its in-memory index and its document list. Original
 * texts stay in the store and are read on demand through a small cache, so a large corpus's
 * resident memory is its token stream and postings.
 */
public final class LoadedCorpus {

    private static final int TEXT_CACHE_DOCUMENTS = 256;

    private final CorpusInfo info;
    private final CorpusIndex index;
    private final List<DocumentInfo> documents;
    private final IntFunction<DocumentText> textSource;
    private final Map<Integer, DocumentText> texts = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, DocumentText> eldest) {
            return size() > TEXT_CACHE_DOCUMENTS;
        }
    };

    /** @param textSource reads a document's text and offsets by document id (the store, or memory in tests) */
    public LoadedCorpus(CorpusInfo info, CorpusIndex index, List<DocumentInfo> documents, IntFunction<DocumentText> textSource) {
        this.info = info;
        this.index = index;
        this.documents = List.copyOf(documents);
        this.textSource = textSource;
    }

    /** A corpus whose texts are read from the store. */
    public static LoadedCorpus stored(CorpusInfo info, CorpusIndex index, List<DocumentInfo> documents, CorpusStore store) {
        return new LoadedCorpus(info, index, documents,
                docId -> store.documentText(info.id(), docId).orElseThrow(() -> new DocumentNotFoundException(info.id(), docId)));
    }

    public CorpusInfo info() {
        return info;
    }

    public String id() {
        return info.id();
    }

    public CorpusIndex index() {
        return index;
    }

    public List<DocumentInfo> documents() {
        return documents;
    }

    public DocumentInfo document(int docId) {
        if (docId < 0 || docId >= documents.size()) {
            throw new DocumentNotFoundException(info.id(), docId);
        }
        return documents.get(docId);
    }

    /** The original text and token offsets of a document. */
    public DocumentText text(int docId) {
        document(docId);
        synchronized (texts) {
            DocumentText cached = texts.get(docId);
            if (cached != null) {
                return cached;
            }
        }
        DocumentText loaded = textSource.apply(docId);
        synchronized (texts) {
            texts.put(docId, loaded);
        }
        return loaded;
    }

    /** The same corpus with a new description (the index is shared, not copied). */
    public LoadedCorpus withInfo(CorpusInfo newInfo) {
        return new LoadedCorpus(newInfo, index, documents, textSource);
    }
}
