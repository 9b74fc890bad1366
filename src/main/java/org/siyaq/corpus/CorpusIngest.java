package org.siyaq.corpus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.SentenceBreaks;
import org.siyaq.analysis.Token;
import org.siyaq.analysis.TokenRun;
import org.siyaq.index.CorpusIndex;
import org.siyaq.index.IndexBuilder;
import org.siyaq.index.Lexicon;
import org.siyaq.index.SliceForms;
import org.siyaq.index.TokenCodec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Analyses documents and writes them to the store, then opens the finished corpus; also reopens a
 * stored corpus, re-analysing it from its original texts when the analyzer has changed since.
 */
@Component
public class CorpusIngest {

    /**
     * Documents are written in transactions of about this many chars of text (or documents): few commits, bounded
     * memory. 1M chars, not more: a commit writes one H2 chunk, a few MB for a batch this size, and H2 keeps its write
     * buffer for the next chunk only up to 4 MB. With batches of 8M chars most chunks grew a buffer from scratch (1.11
     * GB of buffers allocated in a 10M-token ingest, 0.56 GB at 1M chars) and the writers took 3.9 s of CPU against
     * 3.1 s (docs/performance.md, "the fourteenth session").
     */
    static final long BATCH_CHARS = 1L << 20;

    static final int BATCH_DOCUMENTS = 1_000;

    /** Batches written at once, each by a thread of its own. */
    static final int WRITERS = 2;

    /**
     * Documents are tokenized (on workers, ahead of the interning) in slices of about this many chars: large enough
     * that a slice's distinct forms are a third of its tokens, small enough that the slices in flight stay a few MB.
     */
    static final long TOKENIZE_CHARS = 1L << 20;

    private final ArabicAnalysis analysis;
    private final CorpusStore store;
    private final long batchChars;

    @Autowired
    public CorpusIngest(ArabicAnalysis analysis, CorpusStore store) {
        this(analysis, store, BATCH_CHARS);
    }

    /** With another batch size, so tests can cross many batch boundaries on a small corpus. */
    CorpusIngest(ArabicAnalysis analysis, CorpusStore store, long batchChars) {
        this.analysis = analysis;
        this.store = store;
        this.batchChars = batchChars;
    }

    /**
     * Indexes {@code documents} as a new corpus. The corpus is visible in the store as INDEXING
     * until the last step marks it READY; on failure it is removed again.
     * <p>
     * A pipeline: workers tokenize the documents a slice at a time, a few slices ahead ({@link Lookahead}), and
     * intern each slice's forms among themselves ({@link SliceForms}); this thread interns each slice's distinct forms
     * into the corpus's table in document order (so form ids are those of a one-thread ingest) and maps the tokens to
     * them; each batch of documents is written to the store while the next is interned, two batches at once on threads
     * of their own (with each commit written before it returns, one writer was the slowest step); the levels of each slice's new
     * forms are computed meanwhile on a thread of their own ({@link BackgroundLevels}); the postings are built while the
     * lexicon is, and the lexicon is written while the index is assembled.
     */
    public LoadedCorpus ingest(CorpusInfo info, List<SourceDocument> documents, Consumer<IngestProgress> progress) {
        long started = System.currentTimeMillis();
        CorpusInfo indexing = new CorpusInfo(
                info.id(),
                info.name(),
                info.description(),
                info.languageNote(),
                info.sourceNote(),
                info.visibility(),
                CorpusStatus.INDEXING,
                0,
                0,
                ArabicAnalysis.VERSION,
                info.createdAt());
        analysis.runEveryStep(); // before anything is stored or started: it stores nothing and starts no thread
        store.begin(indexing);
        ExecutorService writer = Executors.newFixedThreadPool(WRITERS, Lookahead.daemons("siyaq-ingest-writer"));
        Deque<Future<?>> writing = new ArrayDeque<>();
        try (BackgroundLevels levels = new BackgroundLevels(analysis.formLevels());
                Lookahead<TokenizedSlice> tokenizing = tokenizing(documents)) {
            IndexBuilder builder = new IndexBuilder(analysis);
            List<DocumentInfo> infos = new ArrayList<>(documents.size());
            List<CorpusStore.StoredDocument> batch = new ArrayList<>();
            while (tokenizing.hasNext()) {
                TokenizedSlice next = tokenizing.next();
                Slice slice = next.slice();
                List<Tokenized> tokenized = next.documents();
                int[] global = builder.intern(next.forms());
                for (int i = slice.from(); i < slice.to(); i++) {
                    SourceDocument source = documents.get(i);
                    Tokenized t = tokenized.get(i - slice.from());
                    int first = builder.tokenCount();
                    int[] ids = builder.addDocument(t.localIds(), global, t.sentenceStarts());
                    DocumentInfo doc = source.indexedAs(infos.size(), ids.length, first);
                    batch.add(
                            new CorpusStore.StoredDocument(doc, source.text(), TokenCodec.encodeIds(ids), t.offsets()));
                    infos.add(doc);
                    progress.accept(new IngestProgress(
                            info.id(),
                            infos.size(),
                            documents.size(),
                            builder.tokenCount(),
                            System.currentTimeMillis() - started));
                }
                levels.add(builder.forms());
                if (slice.endsBatch()) {
                    if (writing.size() == WRITERS) {
                        await(writing.poll());
                    }
                    List<CorpusStore.StoredDocument> written = batch;
                    writing.add(writer.submit(() -> store.addDocuments(info.id(), written)));
                    batch = new ArrayList<>();
                }
            }
            // the postings need only the token stream: built beside the levels' last forms and the lexicon
            CompletableFuture<CorpusIndex.Positions> positions = CompletableFuture.supplyAsync(
                    builder::positions,
                    r -> Lookahead.daemons("siyaq-ingest-postings").newThread(r).start());
            Lexicon lexicon = new Lexicon(levels.finish());
            writing.forEach(CorpusIngest::await);
            writing.clear();
            int[] sentenceStarts = builder.sentenceStarts();
            writing.add(writer.submit(() -> {
                store.sentences().save(info.id(), sentenceStarts);
                store.finish(info.id(), lexicon, infos.size(), builder.tokenCount(), ArabicAnalysis.VERSION);
            }));
            CorpusIndex index = new CorpusIndex(lexicon, Lookahead.waitFor(positions, "the postings"));
            await(writing.poll());
            return LoadedCorpus.stored(
                    indexing.withStatus(CorpusStatus.READY).withSize(infos.size(), index.size()), index, infos, store);
        } catch (RuntimeException e) {
            writing.forEach(CorpusIngest::awaitQuietly);
            store.delete(info.id());
            throw e;
        } finally {
            writer.shutdown();
        }
    }

    /**
     * The documents of an ingest cut into slices of about {@value #TOKENIZE_CHARS} chars, tokenized one slice a task, and
     * the slices into write batches of about {@code batchChars} chars or {@value #BATCH_DOCUMENTS} documents: a batch's
     * last slice {@linkplain Slice#endsBatch ends it}.
     */
    static List<Slice> slices(List<SourceDocument> documents, long batchChars) {
        List<Slice> slices = new ArrayList<>();
        for (int next = 0; next < documents.size(); ) {
            int end = batchEnd(documents, next, documents.size(), batchChars);
            for (int from = next; from < end; ) {
                int to = batchEnd(documents, from, end, TOKENIZE_CHARS);
                slices.add(new Slice(from, to, to == end));
                from = to;
            }
            next = end;
        }
        return slices;
    }

    /** Documents {@code [from, to)}, tokenized as one task; {@code endsBatch}: the last slice of a write batch. */
    record Slice(int from, int to, boolean endsBatch) {}

    /** A slice's documents tokenized, their forms interned among themselves. */
    private record TokenizedSlice(Slice slice, List<Tokenized> documents, SliceForms forms) {}

    /** The documents' slices tokenized on a worker a core, a few slices ahead of the interning. */
    private Lookahead<TokenizedSlice> tokenizing(List<SourceDocument> documents) {
        int threads = Runtime.getRuntime().availableProcessors();
        Iterator<Callable<TokenizedSlice>> tasks = slices(documents, batchChars).stream()
                .<Callable<TokenizedSlice>>map(slice -> () -> {
                    SliceForms forms = new SliceForms();
                    List<Tokenized> tokenized = new ArrayList<>(slice.to() - slice.from());
                    for (SourceDocument source : documents.subList(slice.from(), slice.to())) {
                        tokenized.add(tokenized(source.text(), forms));
                    }
                    return new TokenizedSlice(slice, tokenized, forms);
                })
                .iterator();
        return new Lookahead<>("siyaq-ingest-tokenizer", threads, 2 * threads, tasks);
    }

    /**
     * One past the last document of the batch that starts at {@code from}: about {@code chars} chars, or
     * {@value #BATCH_DOCUMENTS} documents, and at most {@code limit}.
     */
    private static int batchEnd(List<SourceDocument> documents, int from, int limit, long batchChars) {
        long chars = 0;
        int end = from;
        while (end < limit && chars < batchChars && end - from < BATCH_DOCUMENTS) {
            chars += documents.get(end++).text().length();
        }
        return end;
    }

    private static void await(Future<?> writing) {
        Lookahead.waitFor(writing, "the writes of a corpus");
    }

    private static void awaitQuietly(Future<?> writing) {
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the failure that stopped the ingest is the one reported
        }
    }

    /**
     * Opens a READY corpus from the store; re-analyses it first if another analyzer version built it, and
     * writes its spans if it has none (a corpus stored before they existed) or was re-analysed.
     */
    public LoadedCorpus open(CorpusInfo info) {
        boolean reanalysed = info.analyzerVersion() != ArabicAnalysis.VERSION;
        if (reanalysed) {
            reanalyse(info);
            info = store.corpus(info.id()).orElseThrow();
        }
        if (reanalysed || !store.spans().exist(info.id())) {
            store.spans().rebuild(info.id());
        }
        Lexicon lexicon = store.lexicon(info.id()).orElseThrow();
        IndexBuilder builder = new IndexBuilder(analysis);
        store.forEachTokenChunk(info.id(), (chunk, docId) -> builder.addDocument(TokenCodec.decodeIds(chunk)));
        String id = info.id();
        builder.sentenceStarts(store.sentences().load(id).orElseGet(() -> recordSentences(id)));
        CorpusIndex index = builder.build(lexicon);
        return LoadedCorpus.stored(info, index, store.documents(info.id()), store);
    }

    private void reanalyse(CorpusInfo info) {
        store.transactions().executeWithoutResult(status -> {
            IndexBuilder builder = new IndexBuilder(analysis);
            List<String> texts = store.texts(info.id());
            for (int docId = 0; docId < texts.size(); docId++) {
                List<Token> tokens = analysis.tokenize(texts.get(docId));
                int first = builder.tokenCount();
                int[] ids = builder.addDocument(tokens, texts.get(docId));
                store.replaceTokens(info.id(), docId, first, TokenCodec.encodeIds(ids), encodeOffsets(tokens));
            }
            Lexicon lexicon = new Lexicon(IndexBuilder.levelStrings(analysis, builder.forms()));
            store.sentences().save(info.id(), builder.sentenceStarts());
            store.finish(info.id(), lexicon, texts.size(), builder.tokenCount(), ArabicAnalysis.VERSION);
        });
    }

    /** Finds and stores the sentence starts of a corpus stored before they were recorded, from its texts. */
    private int[] recordSentences(String corpusId) {
        List<DocumentInfo> documents = store.documents(corpusId);
        int[] starts = new int[16];
        int n = 0;
        for (DocumentInfo doc : documents) {
            DocumentText text = store.documentText(corpusId, doc.id()).orElseThrow();
            int[] local = SentenceBreaks.starts(text.text(), text.tokenStarts(), text.tokenEnds());
            if (n + local.length > starts.length) {
                starts = java.util.Arrays.copyOf(starts, Math.max(2 * starts.length, n + local.length));
            }
            for (int s : local) {
                starts[n++] = doc.firstToken() + s;
            }
        }
        starts = java.util.Arrays.copyOf(starts, n);
        store.sentences().save(corpusId, starts);
        return starts;
    }

    /**
     * A document as the parallel step leaves it: its tokens as ids local to its slice ({@link SliceForms}), their
     * offsets encoded for the store, and the (document-local) tokens that start a sentence, the offsets read once for both.
     */
    private record Tokenized(int[] localIds, byte[] offsets, int[] sentenceStarts) {}

    private Tokenized tokenized(String text, SliceForms forms) {
        TokenRun run = analysis.tokenRun(text);
        int[] starts = run.starts();
        int[] ends = run.ends();
        return new Tokenized(
                forms.ids(run), TokenCodec.encodeOffsets(starts, ends), SentenceBreaks.starts(text, starts, ends));
    }

    private static byte[] encodeOffsets(List<Token> tokens) {
        int[] starts = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = tokens.get(i).start();
            ends[i] = tokens.get(i).end();
        }
        return TokenCodec.encodeOffsets(starts, ends);
    }
}
