package org.siyaq.ui;

import com.vaadin.flow.component.Component;
import java.io.Serializable;

/**
 * A task of a component run once just before the next answer goes to the browser, however often it was asked for in
 * between (several setters, or a toggle clicked twice): what it sends is read then, from the component's state at the
 * end of the request.
 */
final class BeforeResponse implements Serializable {

    private final Component owner;
    private final Runnable task;
    private boolean due;

    BeforeResponse(Component owner, Runnable task) {
        this.owner = owner;
        this.task = task;
    }

    /** Runs the task before the next answer (once, if asked for several times). */
    void ask() {
        if (due) {
            return;
        }
        due = true;
        owner.getElement()
                .getNode()
                .runWhenAttached(ui -> ui.beforeClientResponse(owner, context -> {
                    if (due) {
                        due = false;
                        task.run();
                    }
                }));
    }

    /** The task is not needed after all (what it would send went another way). */
    void cancel() {
        due = false;
    }
}
