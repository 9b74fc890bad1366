package org.siyaq.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.siyaq.index.CorpusIndex;

/**
 * A corpus open for queries: its description, its in-memory index and its document list. Original
 * texts stay in the store and are read on demand, whole documents through a small cache and the few
 * tokens of a concordance line as a {@link TextSpan}, so a large corpus's resident memory is its token
 * stream and postings.
 */
public final class LoadedCorpus {

    private static final int TEXT_CACHE_DOCUMENTS = 256;

    private final CorpusInfo info;
    private final CorpusIndex index;
    private final List<DocumentInfo> documents;
    private final IntFunction<DocumentText> textSource;
    private final SpanSource spanSource;
    private final Map<Integer, DocumentText> texts = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, DocumentText> eldest) {
            return size() > TEXT_CACHE_DOCUMENTS;
        }
    };

    /** @param textSource reads a document's text and offsets by document id (the store, or memory in tests) */
    public LoadedCorpus(CorpusInfo info, CorpusIndex index, List<DocumentInfo> documents, IntFunction<DocumentText> textSource) {
        this(info, index, documents, textSource, null);
    }

    private LoadedCorpus(CorpusInfo info, CorpusIndex index, List<DocumentInfo> documents, IntFunction<DocumentText> textSource,
            SpanSource spanSource) {
        this.info = info;
        this.index = index;
        this.documents = List.copyOf(documents);
        this.textSource = textSource;
        this.spanSource = spanSource != null ? spanSource : (docId, from, to) -> TextSpan.of(text(docId), from, to);
    }

    /** Reads tokens {@code [from, to)} of a document with their text. */
    @FunctionalInterface
    public interface SpanSource {
        TextSpan span(int docId, int from, int to);
    }

    /** A corpus whose texts are read from the store: whole documents, and a concordance line's few tokens from the spans. */
    public static LoadedCorpus stored(CorpusInfo info, CorpusIndex index, List<DocumentInfo> documents, CorpusStore store) {
        return new LoadedCorpus(info, index, documents,
                docId -> store.documentText(info.id(), docId).orElseThrow(() -> new DocumentNotFoundException(info.id(), docId)),
                (docId, from, to) -> store.span(info.id(), docId, from, to));
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

    /**
     * Tokens {@code [from, to)} of a document (document-local numbers) with their text. A document in
     * the whole-text cache is cut from there; otherwise only the tokens' spans are read.
     */
    public TextSpan span(int docId, int from, int to) {
        document(docId);
        synchronized (texts) {
            DocumentText cached = texts.get(docId);
            if (cached != null) {
                return TextSpan.of(cached, from, to);
            }
        }
        return spanSource.span(docId, from, to);
    }

    /** The same corpus with a new description (the index is shared, not copied). */
    public LoadedCorpus withInfo(CorpusInfo newInfo) {
        return new LoadedCorpus(newInfo, index, documents, textSource, spanSource);
    }
}
