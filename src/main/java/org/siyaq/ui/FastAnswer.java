package org.siyaq.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinSession;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets a fast query's answer go out in the response to the click that asked for it (issue 15). A query
 * runs on a worker and its result comes back through {@code ui.access}; while the request thread still
 * holds the session, that access only waits in the session's queue, and Flow runs the queue just before
 * it writes the response. So the request thread waits here, for at most {@link #WAIT_MS}, until the
 * worker has handed its result over: a query done by then is in the same answer as the click (no second
 * message, no progress bar shown and hidden again); a slower one arrives by push as before, and the
 * worker, its deadline and the client's fair share are untouched either way.
 */
public final class FastAnswer {

    /**
     * How long a click waits for its query: about what the slowest of the common queries takes on 10M tokens
     * (collocates of a frequent word, ~70 ms), with room for a loaded server; below the 300 ms after which
     * Vaadin shows its loading bar, so a wait never shows one.
     */
    static final long WAIT_MS = 200;

    /**
     * The system property that sets another wait, read at each Run; 0 sends every answer by push, after the
     * click's response (the browser test of the push connection's buffers needs a large push).
     */
    public static final String WAIT_PROPERTY = "siyaq.ui.fast-answer-ms";

    private final CountDownLatch handed = new CountDownLatch(1);

    /**
     * Hands {@code task} to {@code ui}. With a wait of 0 the worker takes the session's lock itself, which it gets
     * only once the click's request is done, so the answer goes out by push.
     */
    static void hand(UI ui, Command task) {
        if (Long.getLong(WAIT_PROPERTY, WAIT_MS) > 0) {
            ui.access(task);
            return;
        }
        VaadinSession session = ui.getSession();
        session.lock();
        try {
            ui.access(task);
        } finally {
            session.unlock();
        }
    }

    /** The worker has handed its result (or failure) to {@code ui.access}. */
    void handed() {
        handed.countDown();
    }

    /** Waits briefly for {@link #handed()}, if this thread holds {@code ui}'s session (else the access runs by itself). */
    void await(UI ui) {
        if (!ui.getSession().hasLock()) {
            return;
        }
        try {
            handed.await(Long.getLong(WAIT_PROPERTY, WAIT_MS), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
