package org.siyaq.ui;

/**
 * The page size of a result table (issue 15): the worker that counts a query's rows reads the first page too, so that
 * it goes out with the count in one answer, and a later page is read when the browser asks for it ({@link
 * SiyaqTable}). At rest the session holds the rows the browser holds and the query.
 */
public final class LazyRows {

    /** The rows a worker reads for the first page, and a table asks for at a time (Vaadin's grid's page, 50). */
    public static final int FIRST_PAGE = 50;

    private LazyRows() {}
}
