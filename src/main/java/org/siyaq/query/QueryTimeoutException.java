package org.siyaq.query;

/** A query ran past its deadline and was stopped. */
public class QueryTimeoutException extends RuntimeException {

    public QueryTimeoutException() {
        super("The query took too long and was stopped; narrow it down (a rarer word, a smaller window).");
    }
}
