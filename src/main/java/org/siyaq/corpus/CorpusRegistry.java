package org.siyaq.corpus;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The corpora this server answers for: opened from the store at startup, with the bundled corpus
 * re-indexed from {@code seeds/} each time. Every query service asks this registry for a corpus; it
 * says who may see which, and makes edits and deletes take turns. Indexing (the jobs, their progress
 * and failures, the background thread) is {@link CorpusIndexing}'s, reached through this class.
 */
@Service
public class CorpusRegistry {

    public static final String BUNDLED_ID = "bundled";

    /** How many bytes the indexes of recently used sub-corpora may hold together. */
    static final long SUB_CORPUS_BYTES = 256L << 20;

    private static final Logger log = LoggerFactory.getLogger(CorpusRegistry.class);

    private final CorpusStore store;
    private final CorpusIngest ingest;
    private final Map<String, LoadedCorpus> open = new ConcurrentHashMap<>();
    private final List<Consumer<LoadedCorpus>> openListeners = new CopyOnWriteArrayList<>();
    private final SubCorpusCache subCorpora = new SubCorpusCache(SUB_CORPUS_BYTES);
    /** Held while a corpus's description is changed or the corpus deleted. */
    private final Object edits = new Object();
    /** The ingest jobs, their progress and failures, on the one background indexing thread. */
    private final CorpusIndexing indexing;

    private final SeedCorpus seeds;
    /** Students' own texts, found by id as a last resort (whoever reads an id from a request checks the owner). */
    private SessionCorpora ownTexts = new SessionCorpora();

    public CorpusRegistry(CorpusStore store, CorpusIngest ingest, SeedCorpus seeds) {
        this.store = store;
        this.ingest = ingest;
        this.seeds = seeds;
        this.indexing = new CorpusIndexing(ingest, this::opened);
    }

    /**
     * Runs before the server takes requests: clears corpora a crash left half-indexed, re-indexes the
     * bundled corpus, and opens every stored corpus.
     */
    @PostConstruct
    public void openAll() {
        List<String> removed = store.removeIncomplete();
        if (!removed.isEmpty()) {
            log.warn("Removed corpora whose indexing had not finished: {}", removed);
        }
        store.delete(BUNDLED_ID);
        long started = System.currentTimeMillis();
        LoadedCorpus bundled = add(seeds.info(), seeds.documents(), p -> {});
        log.info(
                "Indexed the bundled corpus: {} documents, {} tokens in {} ms",
                bundled.documents().size(),
                bundled.index().size(),
                System.currentTimeMillis() - started);
        for (CorpusInfo info : store.corpora()) {
            if (!open.containsKey(info.id())) {
                opened(ingest.open(info));
                log.info("Opened corpus '{}' ({} tokens)", info.id(), info.tokens());
            }
        }
    }

    /** The store of students' own texts that lookups consult (set by Spring; a private one otherwise). */
    @Autowired(required = false)
    void setSessionCorpora(SessionCorpora ownTexts) {
        this.ownTexts = ownTexts;
    }

    /** Makes an already built corpus answerable (tests and benchmarks build corpora in memory). */
    public void put(LoadedCorpus corpus) {
        opened(corpus);
    }

    /**
     * Calls {@code listener} on the background indexing thread for every corpus open now and every one
     * opened later, so a service can build a table before anyone asks for it without delaying startup.
     */
    public void whenOpened(Consumer<LoadedCorpus> listener) {
        openListeners.add(listener);
        open.values().forEach(corpus -> announce(listener, corpus));
    }

    private void opened(LoadedCorpus corpus) {
        open.put(corpus.id(), corpus);
        openListeners.forEach(listener -> announce(listener, corpus));
    }

    private void announce(Consumer<LoadedCorpus> listener, LoadedCorpus corpus) {
        indexing.execute(() -> {
            try {
                listener.accept(corpus);
            } catch (RuntimeException e) {
                log.warn("Preparing corpus '{}' ahead of its first query failed", corpus.id(), e);
            }
        });
    }

    /** A READY corpus by id. */
    public LoadedCorpus get(String id) {
        LoadedCorpus corpus = open.get(id);
        if (corpus == null) {
            corpus = ownTexts.find(id).orElse(null);
        }
        if (corpus == null) {
            if (indexing.isIndexing(id)) {
                throw new CorpusNotReadyException(id);
            }
            throw new CorpusNotFoundException(id);
        }
        return corpus;
    }

    /**
     * A READY corpus by id, restricted to the documents {@code filter} accepts (the whole corpus when it
     * is {@code null}). A sub-corpus is built once per opening of its corpus and kept while it is used.
     *
     * @throws IllegalArgumentException when the corpus has no such field or no document matches
     */
    public LoadedCorpus get(String id, DocumentFilter filter) {
        LoadedCorpus whole = get(id);
        return filter == null ? whole : subCorpora.get(whole, filter);
    }

    public Optional<LoadedCorpus> find(String id) {
        LoadedCorpus corpus = open.get(id);
        return corpus != null ? Optional.of(corpus) : ownTexts.find(id);
    }

    /** Every open corpus, the bundled one first, then by creation time. */
    public List<LoadedCorpus> all() {
        Collection<LoadedCorpus> values = open.values();
        return values.stream()
                .sorted(Comparator.comparing((LoadedCorpus c) -> !c.id().equals(BUNDLED_ID))
                        .thenComparing(c -> c.info().createdAt())
                        .thenComparing(LoadedCorpus::id))
                .toList();
    }

    /** The open corpora a student (not an instructor) may see: those shared with the class; an instructor sees all. */
    public List<LoadedCorpus> visibleTo(boolean instructor) {
        return all().stream()
                .filter(c -> instructor || c.info().visibility() == Visibility.CLASS)
                .toList();
    }

    /** Whether {@code id} is open and may be seen by a student ({@code instructor} false) or an instructor. */
    public boolean isVisibleTo(String id, boolean instructor) {
        LoadedCorpus corpus = open.get(id);
        return corpus != null && (instructor || corpus.info().visibility() == Visibility.CLASS);
    }

    /** Corpora being indexed now, with their progress. */
    public Collection<IngestProgress> inProgress() {
        return indexing.inProgress();
    }

    public boolean exists(String id) {
        return open.containsKey(id)
                || indexing.isIndexing(id)
                || store.corpus(id).isPresent();
    }

    /** Indexes and opens a new corpus (blocking); the corpus answers queries only once complete. */
    public LoadedCorpus add(CorpusInfo info, List<SourceDocument> documents, Consumer<IngestProgress> progress) {
        return indexing.add(info, documents, progress);
    }

    /**
     * Reserves {@code info.id()} and indexes the corpus on the background indexing thread; the future
     * completes when it is open. A failure is kept for {@link #failure(String)}.
     *
     * @throws CorpusExistsException when a corpus with this id exists or is being indexed
     */
    public synchronized CompletableFuture<LoadedCorpus> addInBackground(
            CorpusInfo info, List<SourceDocument> documents) {
        if (exists(info.id())) {
            throw new CorpusExistsException(info.id());
        }
        return indexing.addInBackground(info, documents);
    }

    /** The progress of a corpus being indexed now, if it is. */
    public Optional<IngestProgress> progress(String id) {
        return indexing.progress(id);
    }

    /** Why the last background indexing of {@code id} failed, if it did. */
    public Optional<IndexingFailure> failure(String id) {
        return indexing.failure(id);
    }

    @PreDestroy
    void stopIndexing() {
        indexing.stop();
    }

    /**
     * Changes a corpus's description and sharing in one step: {@code change} gets the current description
     * and returns the new one (or throws, and nothing changes); the new one is checked against the column
     * lengths, written in one statement, and only then answered from memory. Edits, and deletes, of every
     * corpus take turns, so two edits at once cannot leave memory and database apart (issue 11, item 2).
     *
     * @return the description now in force
     */
    public CorpusInfo edit(String id, UnaryOperator<CorpusInfo> change) {
        synchronized (edits) {
            LoadedCorpus corpus = get(id);
            CorpusInfo next = CorpusFields.requireFits(change.apply(corpus.info()));
            if (!next.id().equals(id)) {
                throw new IllegalArgumentException("an edit cannot change the corpus id");
            }
            store.updateInfo(next);
            open.put(id, corpus.withInfo(next));
            return next;
        }
    }

    public void updateDescription(String id, String name, String description, String languageNote, String sourceNote) {
        edit(
                id,
                i -> new CorpusInfo(
                        id,
                        name,
                        description,
                        languageNote,
                        sourceNote,
                        i.visibility(),
                        i.status(),
                        i.documents(),
                        i.tokens(),
                        i.analyzerVersion(),
                        i.createdAt()));
    }

    public void updateVisibility(String id, Visibility visibility) {
        edit(
                id,
                i -> new CorpusInfo(
                        id,
                        i.name(),
                        i.description(),
                        i.languageNote(),
                        i.sourceNote(),
                        visibility,
                        i.status(),
                        i.documents(),
                        i.tokens(),
                        i.analyzerVersion(),
                        i.createdAt()));
    }

    public void delete(String id) {
        synchronized (edits) {
            get(id);
            store.delete(id);
            open.remove(id);
            subCorpora.forget(id);
        }
    }

    /** A new corpus description with defaults for what the caller leaves out. */
    public static CorpusInfo newCorpus(String id, String name, String description, Visibility visibility) {
        return new CorpusInfo(
                id, name, description, null, null, visibility, CorpusStatus.INDEXING, 0, 0, 0, Instant.now());
    }
}
