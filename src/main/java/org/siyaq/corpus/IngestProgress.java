package org.siyaq.corpus;

/** How far the indexing of a corpus has come, for a progress bar. */
public record IngestProgress(
        String corpusId, int documentsDone, int documentsTotal, long tokensDone, long elapsedMillis) {

    /** Estimated milliseconds left, from the rate so far; -1 before anything is done. */
    public long millisLeft() {
        if (documentsDone == 0 || documentsTotal <= 0) {
            return -1;
        }
        return elapsedMillis * (documentsTotal - documentsDone) / documentsDone;
    }
}
