package org.siyaq.corpus;

import java.util.Arrays;
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
 * <p>
 * Documents are addressed by their <em>ordinal</em>, their number in this corpus's index ({@link
 * CorpusIndex#docOf}). In a whole corpus the ordinal is the document's id; a sub-corpus ({@link
 * #restrictedTo}) numbers its documents from 0 again, and {@code document(ordinal).id()} is the id the
 * document has in the whole corpus, the one every result shows.
 */
public final class LoadedCorpus {

    private static final int TEXT_CACHE_DOCUMENTS = 256;

    private final CorpusInfo info;
    private final CorpusIndex index;
    private final List<DocumentInfo> documents;
    private final IntFunction<DocumentText> textSource;
    private final SpanSource spanSource;
    /** The ids of the documents, by ordinal (ascending). */
    private final int[] ids;
    /** The documents' selection, for a sub-corpus; {@code null} for a whole corpus. */
    private final DocumentFilter filter;
    /** The whole corpus a sub-corpus reads its texts from, and the ordinals of its documents there. */
    private final LoadedCorpus whole;

    private final int[] wholeOrdinals;
    private volatile List<MetadataField> metadata;
    private final Map<Integer, DocumentText> texts = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, DocumentText> eldest) {
            return size() > TEXT_CACHE_DOCUMENTS;
        }
    };

    /** @param textSource reads a document's text and offsets by document id (the store, or memory in tests) */
    public LoadedCorpus(
            CorpusInfo info, CorpusIndex index, List<DocumentInfo> documents, IntFunction<DocumentText> textSource) {
        this(info, index, documents, textSource, null, null, null, null);
    }

    private LoadedCorpus(
            CorpusInfo info,
            CorpusIndex index,
            List<DocumentInfo> documents,
            IntFunction<DocumentText> textSource,
            SpanSource spanSource,
            DocumentFilter filter,
            LoadedCorpus whole,
            int[] wholeOrdinals) {
        this.info = info;
        this.index = index;
        this.documents = List.copyOf(documents);
        this.textSource = textSource;
        this.spanSource = spanSource != null ? spanSource : (docId, from, to) -> TextSpan.of(text(docId), from, to);
        this.ids = this.documents.stream().mapToInt(DocumentInfo::id).toArray();
        this.filter = filter;
        this.whole = whole;
        this.wholeOrdinals = wholeOrdinals;
    }

    /** Reads tokens {@code [from, to)} of a document with their text. */
    @FunctionalInterface
    public interface SpanSource {
        TextSpan span(int docId, int from, int to);

        /** Several ranges at once (a source that can read them in one go overrides this). */
        default List<TextSpan> spans(List<TextSpan.Request> requests) {
            return requests.stream().map(r -> span(r.docId(), r.from(), r.to())).toList();
        }
    }

    /** A corpus whose texts are read from the store: whole documents, and a concordance line's few tokens from the spans. */
    public static LoadedCorpus stored(
            CorpusInfo info, CorpusIndex index, List<DocumentInfo> documents, CorpusStore store) {
        return new LoadedCorpus(
                info,
                index,
                documents,
                docId -> store.documentText(info.id(), docId)
                        .orElseThrow(() -> new DocumentNotFoundException(info.id(), docId)),
                new SpanSource() {
                    @Override
                    public TextSpan span(int docId, int from, int to) {
                        return store.spans().span(info.id(), docId, from, to);
                    }

                    @Override
                    public List<TextSpan> spans(List<TextSpan.Request> requests) {
                        return store.spans().spans(info.id(), requests);
                    }
                },
                null,
                null,
                null);
    }

    /**
     * The documents {@code filter} accepts as a corpus of their own: a new index over a copy of their
     * tokens (same lexicon, so type ids are unchanged), with its own N, frequencies and document count
     * ({@code statistics.md}: N is the sub-corpus being analysed). Texts are read through this corpus.
     *
     * @throws IllegalArgumentException when the field is not one of this corpus, or no document matches
     */
    public LoadedCorpus restrictedTo(DocumentFilter filter) {
        if (whole != null) {
            throw new IllegalStateException("Corpus '" + id() + "' is already restricted to " + this.filter + ".");
        }
        int[] chosen = ordinalsMatching(filter);
        int count = chosen.length;
        long tokenCount = 0;
        for (int d : chosen) {
            tokenCount += index.docEnd(d) - index.docStart(d);
        }
        int[] tokens = new int[Math.toIntExact(tokenCount)];
        int[] starts = new int[count + 1];
        for (int i = 0; i < count; i++) {
            int from = index.docStart(chosen[i]);
            int length = index.docEnd(chosen[i]) - from;
            index.tokens().get(from, from + length, tokens, starts[i]);
            starts[i + 1] = starts[i] + length;
        }
        List<DocumentInfo> docs = Arrays.stream(chosen).mapToObj(documents::get).toList();
        int[] sentences = SubCorpusSentences.of(index, chosen, starts);
        return new LoadedCorpus(
                info.withSize(count, tokens.length),
                new CorpusIndex(index.lexicon(), tokens, starts, sentences),
                docs,
                null,
                null,
                filter,
                this,
                chosen);
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

    /**
     * The ordinals of the documents {@code filter} accepts, in order.
     *
     * @throws IllegalArgumentException when the field is not one of this corpus, or no document matches
     */
    public int[] ordinalsMatching(DocumentFilter filter) {
        if (!filter.isFieldOf(documents)) {
            String fields = String.join(", ", DocumentFilter.fieldsOf(documents));
            throw InvalidRequestException.of("where.unknown-field", id(), filter.field(), fields);
        }
        int[] chosen = new int[documents.size()];
        int count = 0;
        for (int d = 0; d < documents.size(); d++) {
            if (filter.matches(documents.get(d))) {
                chosen[count++] = d;
            }
        }
        if (count == 0) {
            throw InvalidRequestException.of("where.no-document", id(), filter.field(), filter.value());
        }
        return Arrays.copyOf(chosen, count);
    }

    /** The documents' selection when this is a sub-corpus; {@code null} for a whole corpus. */
    public DocumentFilter filter() {
        return filter;
    }

    /** The whole corpus a sub-corpus was cut from; this corpus itself when it is whole. */
    public LoadedCorpus whole() {
        return whole == null ? this : whole;
    }

    /** The metadata fields of the documents with their values (computed once). */
    public List<MetadataField> metadata() {
        List<MetadataField> m = metadata;
        if (m == null) {
            m = MetadataField.of(documents);
            metadata = m;
        }
        return m;
    }

    /** The document at {@code ordinal} (its number in this corpus's index). */
    public DocumentInfo document(int ordinal) {
        if (ordinal < 0 || ordinal >= documents.size()) {
            throw new DocumentNotFoundException(info.id(), ordinal);
        }
        return documents.get(ordinal);
    }

    /** The ordinal in this corpus of the document with id {@code docId}. */
    public int ordinalOf(int docId) {
        int ordinal = Arrays.binarySearch(ids, docId);
        if (ordinal < 0) {
            throw new DocumentNotFoundException(info.id(), docId);
        }
        return ordinal;
    }

    /** The original text and token offsets of the document at {@code ordinal}. */
    public DocumentText text(int ordinal) {
        document(ordinal);
        if (whole != null) {
            return whole.text(wholeOrdinals[ordinal]);
        }
        int docId = documents.get(ordinal).id();
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
     * Tokens {@code [from, to)} of the document at {@code ordinal} (document-local numbers) with their
     * text. A document in the whole-text cache is cut from there; otherwise only the tokens' spans are read.
     */
    public TextSpan span(int ordinal, int from, int to) {
        document(ordinal);
        if (whole != null) {
            return whole.span(wholeOrdinals[ordinal], from, to);
        }
        int docId = documents.get(ordinal).id();
        synchronized (texts) {
            DocumentText cached = texts.get(docId);
            if (cached != null) {
                return TextSpan.of(cached, from, to);
            }
        }
        return spanSource.span(docId, from, to);
    }

    /**
     * Token ranges of several documents (by ordinal, document-local numbers) with their text, read in
     * one batch: those of documents in the whole-text cache are cut from there, the rest read together.
     */
    public List<TextSpan> spans(int[] ordinals, int[] from, int[] to) {
        if (whole != null) {
            int[] inWhole = new int[ordinals.length];
            for (int i = 0; i < ordinals.length; i++) {
                document(ordinals[i]);
                inWhole[i] = wholeOrdinals[ordinals[i]];
            }
            return whole.spans(inWhole, from, to);
        }
        TextSpan[] out = new TextSpan[ordinals.length];
        List<TextSpan.Request> toRead = new java.util.ArrayList<>();
        List<Integer> readInto = new java.util.ArrayList<>();
        for (int i = 0; i < ordinals.length; i++) {
            int docId = document(ordinals[i]).id();
            DocumentText cached;
            synchronized (texts) {
                cached = texts.get(docId);
            }
            if (cached != null) {
                out[i] = TextSpan.of(cached, from[i], to[i]);
            } else {
                toRead.add(new TextSpan.Request(docId, from[i], to[i]));
                readInto.add(i);
            }
        }
        if (!toRead.isEmpty()) {
            List<TextSpan> read = spanSource.spans(toRead);
            for (int k = 0; k < read.size(); k++) {
                out[readInto.get(k)] = read.get(k);
            }
        }
        return Arrays.asList(out);
    }

    /** The same corpus with a new description (the index is shared, not copied). */
    public LoadedCorpus withInfo(CorpusInfo newInfo) {
        return new LoadedCorpus(newInfo, index, documents, textSource, spanSource, filter, whole, wholeOrdinals);
    }
}
