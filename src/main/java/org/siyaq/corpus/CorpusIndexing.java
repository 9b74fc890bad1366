package org.siyaq.corpus;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexing for the {@link CorpusRegistry}: runs ingest jobs (blocking, or one at a time on the background
 * indexing thread), keeps each running job's progress and the last failure of each corpus, and hands
 * every finished corpus to the registry. The same thread prepares tables of newly opened corpora.
 */
class CorpusIndexing {

    private static final Logger log = LoggerFactory.getLogger(CorpusIndexing.class);

    private final CorpusIngest ingest;
    private final Consumer<LoadedCorpus> opened;
    private final Map<String, IngestProgress> indexing = new ConcurrentHashMap<>();
    private final Map<String, IndexingFailure> failures = new ConcurrentHashMap<>();
    /** One corpus indexes at a time, so an upload never slows the queries of a class by more than one core. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "corpus-indexing");
        thread.setDaemon(true);
        return thread;
    });

    /** {@code opened} makes a finished corpus answerable; it runs on the thread that indexed it. */
    CorpusIndexing(CorpusIngest ingest, Consumer<LoadedCorpus> opened) {
        this.ingest = ingest;
        this.opened = opened;
    }

    /** Indexes and opens a new corpus (blocking); the corpus answers queries only once complete. */
    LoadedCorpus add(CorpusInfo info, List<SourceDocument> documents, Consumer<IngestProgress> progress) {
        indexing.put(info.id(), new IngestProgress(info.id(), 0, documents.size(), 0, 0));
        try {
            LoadedCorpus corpus = ingest.ingest(info, documents, p -> {
                indexing.put(info.id(), p);
                progress.accept(p);
            });
            opened.accept(corpus);
            return corpus;
        } finally {
            indexing.remove(info.id());
        }
    }

    /**
     * Indexes the corpus on the background indexing thread (the caller has checked that its id is free);
     * the future completes when it is open. A failure is kept for {@link #failure(String)}.
     */
    CompletableFuture<LoadedCorpus> addInBackground(CorpusInfo info, List<SourceDocument> documents) {
        failures.remove(info.id());
        indexing.put(info.id(), new IngestProgress(info.id(), 0, documents.size(), 0, 0));
        return CompletableFuture.supplyAsync(() -> add(info, documents, p -> {}), background)
                .whenComplete((corpus, error) -> {
                    if (error != null) {
                        log.error("Indexing corpus '{}' failed", info.id(), error);
                        failures.put(info.id(), IndexingFailure.of(error));
                    } else {
                        log.info(
                                "Indexed corpus '{}': {} documents, {} tokens",
                                info.id(),
                                corpus.documents().size(),
                                corpus.index().size());
                    }
                });
    }

    /** Runs {@code task} on the background indexing thread, after the jobs queued before it. */
    void execute(Runnable task) {
        background.execute(task);
    }

    /** Whether {@code id} is being indexed now. */
    boolean isIndexing(String id) {
        return indexing.containsKey(id);
    }

    /** Corpora being indexed now, with their progress. */
    Collection<IngestProgress> inProgress() {
        return List.copyOf(indexing.values());
    }

    /** The progress of a corpus being indexed now, if it is. */
    Optional<IngestProgress> progress(String id) {
        return Optional.ofNullable(indexing.get(id));
    }

    /** Why the last background indexing of {@code id} failed, if it did. */
    Optional<IndexingFailure> failure(String id) {
        return Optional.ofNullable(failures.get(id));
    }

    void stop() {
        background.shutdownNow();
    }
}
