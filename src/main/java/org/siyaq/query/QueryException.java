package org.siyaq.query;

/** A query that cannot be run; its message tells the user what to change. */
public class QueryException extends RuntimeException {

    private final QueryError error;
    private final String detail;

    public QueryException(QueryError error, String detail) {
        super(error.message(detail, false));
        this.error = error;
        this.detail = detail;
    }

    public QueryError error() {
        return error;
    }

    /** The message in Arabic ({@code true}) or English. */
    public String message(boolean inArabic) {
        return error.message(detail, inArabic);
    }
}
