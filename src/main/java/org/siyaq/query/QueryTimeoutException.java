package org.siyaq.query;

/** A query ran past its deadline and was stopped. */
public class QueryTimeoutException extends RuntimeException {

    public QueryTimeoutException() {
        this("The query took too long and was stopped; narrow it down (a rarer word, a smaller window).");
    }

    protected QueryTimeoutException(String message) {
        super(message);
    }
}
