package org.siyaq.query;

/** A query was stopped because the one who asked for it went away (a closed tab, a newer query). */
public class QueryCancelledException extends QueryTimeoutException {

    public QueryCancelledException() {
        super("The query was cancelled.");
    }
}
