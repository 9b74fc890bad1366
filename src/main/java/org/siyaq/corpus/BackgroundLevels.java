package org.siyaq.corpus;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.siyaq.analysis.FormLevels;
import org.siyaq.analysis.Level;

/**
 * The levels of an ingest's distinct forms, computed while the ingest goes on: the forms each batch
 * interns are handed over in chunks, a background thread analyses them while the next batch is
 * tokenized, and at the end the caller's thread shares what is left with it. A form's levels depend on
 * that form alone and land at its id, so {@link #finish} gives what {@code IndexBuilder.levelStrings}
 * gives for the same forms, whatever the timing.
 */
final class BackgroundLevels implements AutoCloseable {

    /** Forms per unit of work: small enough to share the tail of an ingest, large enough to cost little to hand over. */
    static final int CHUNK = 2_048;

    private record Chunk(int firstId, List<String> forms) {}

    private record Done(int firstId, String[][] levels) {}

    private static final Chunk END = new Chunk(-1, List.of());

    private final FormLevels levels;
    private final BlockingQueue<Chunk> todo = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Done> done = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile Throwable failure;
    private int handedOver;

    BackgroundLevels(FormLevels levels) {
        this.levels = levels;
        this.thread = new Thread(this::work, "siyaq-ingest-levels");
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands over the forms interned since the last call: {@code forms} is every form so far, in id order. */
    void add(List<String> forms) {
        for (int from = handedOver; from < forms.size(); from += CHUNK) {
            int to = Math.min(forms.size(), from + CHUNK);
            // a copy: the caller's list goes on growing on the caller's thread
            todo.add(new Chunk(from, List.copyOf(forms.subList(from, to))));
        }
        handedOver = forms.size();
    }

    /**
     * Every level of every form handed over, {@code [level.ordinal()][form id]}: the chunks still waiting
     * are analysed on this thread and the background one together.
     */
    String[][] finish() {
        for (Chunk c = todo.poll(); c != null; c = todo.poll()) {
            done.add(analyse(c));
        }
        todo.add(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing forms", e);
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        String[][] out = new String[Level.values().length][handedOver];
        for (Done d : done) {
            for (int level = 0; level < out.length; level++) {
                System.arraycopy(d.levels()[level], 0, out[level], d.firstId(), d.levels()[level].length);
            }
        }
        return out;
    }

    /** Stops the background thread (after a failure of the ingest; after {@link #finish} it has stopped already). */
    @Override
    public void close() {
        thread.interrupt();
    }

    private void work() {
        try {
            for (Chunk c = todo.take(); c != END; c = todo.take()) {
                done.add(analyse(c));
            }
        } catch (InterruptedException e) {
            // the ingest failed and closed this
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    private Done analyse(Chunk chunk) {
        String[][] out = new String[Level.values().length][chunk.forms().size()];
        List<String> forms = chunk.forms();
        for (int f = 0; f < forms.size(); f++) {
            String[] strings = levels.of(forms.get(f));
            for (int level = 0; level < out.length; level++) {
                out[level][f] = strings[level];
            }
        }
        return new Done(chunk.firstId(), out);
    }
}
