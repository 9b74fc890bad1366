package org.siyaq.index;

import org.siyaq.analysis.TokenRun;

/**
 * The forms of a slice of an ingest's documents interned among themselves, on the worker that tokenized them
 * (issue 14): each token gets a slice-local id, the slice's distinct forms keep their chars, and the ingest's one
 * thread then interns only those distinct forms into the corpus's table ({@link IndexBuilder#intern(SliceForms)})
 * and maps each token's local id to the corpus's. A slice of 45,000 tokens holds about a third as many distinct
 * forms, and its table fits a core's cache, so the look-ups that miss the cache at 100M tokens are a third as many,
 * and they leave the critical path. Local ids are given in the order forms are first seen in the slice, so the
 * corpus's ids are those of interning the tokens one by one.
 */
public final class SliceForms {

    private final FormTable table = new FormTable();

    /** The local ids of a document's tokens (the slice's documents are passed in order). */
    public int[] ids(TokenRun run) {
        int[] ids = new int[run.size()];
        char[] chars = run.chars();
        for (int i = 0; i < ids.length; i++) {
            int from = run.formStart(i);
            ids[i] = table.intern(chars, from, run.formEnd(i) - from);
        }
        return ids;
    }

    /** The distinct forms seen so far. */
    public int size() {
        return table.size();
    }

    FormTable table() {
        return table;
    }
}
