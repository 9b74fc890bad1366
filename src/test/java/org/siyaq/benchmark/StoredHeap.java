package org.siyaq.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.corpus.CorpusIngest;
import org.siyaq.corpus.CorpusStore;
import org.siyaq.corpus.LoadedCorpus;

/**
 * The benchmark's heap figure ({@code siyaq.heap.per_token}: used heap after a full GC with the corpus
 * open minus the same with it released, the store open in both) for a corpus the benchmark stored, without
 * ingesting it again: for comparing two builds of the index on the same stored corpus in the same minute.
 * Prints the index's parts and the class histogram too ({@link HeapReport}). One argument: the
 * benchmark's directory ({@code target/benchmark}); run on the class path of the build to measure.
 */
public final class StoredHeap {

    private StoredHeap() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        PrintStream out = System.out;
        Figures figures = new Figures(out, 0, 1);
        ArabicAnalysis analysis = new ArabicAnalysis();
        HikariDataSource dataSource = Benchmark.dataSource(dir.resolve("siyaq"));
        CorpusStore store = Benchmark.newStore(dataSource);
        CorpusIngest ingest = new CorpusIngest(analysis, store);
        // open once and drop it, so that the store's caches are as full in both measures
        LoadedCorpus corpus = ingest.open(store.corpus(Benchmark.CORPUS_ID).orElseThrow());
        corpus = null;
        corpus = ingest.open(store.corpus(Benchmark.CORPUS_ID).orElseThrow());
        int n = corpus.index().size();
        long loaded = usedAfterGc();
        HeapReport.parts(figures, corpus.index());
        figures.note("class histogram, corpus loaded:\n" + HeapReport.classHistogram(12));
        corpus = null;
        long released = usedAfterGc();
        figures.put("corpus.tokens", n, "tokens");
        figures.put("siyaq.heap.per_token", (double) (loaded - released) / n, "bytes/token");
        Benchmark.closeDatabase(dataSource);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
