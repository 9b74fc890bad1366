package org.siyaq.query;

/**
 * Who is asking for the query the current thread submits: a browser session or an address, as a key;
 * {@code null} for work of the server itself. The {@link QueryExecutor} runs at most one query per key
 * at a time, so one client cannot take every worker (issue 11, item 3). The web layer provides it.
 */
@FunctionalInterface
public interface QueryClient {

    /** The asking client's key, or {@code null} when no client is asking. */
    String current();

    /** No clients told apart: every query is the server's own. */
    QueryClient NONE = () -> null;
}
