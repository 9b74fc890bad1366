package org.siyaq.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.shared.Registration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Builds a closed panel's content when it is first opened (issue 15): a page's closed cheat sheets
 * and builders cost neither bytes in its first answer nor server memory while the tab rests.
 */
public final class OnFirstOpen {

    private OnFirstOpen() {}

    /** Runs {@code build} (which adds {@code details}' content) now if it is open, else when it first opens. */
    public static void build(Details details, Runnable build) {
        if (details.isOpened()) {
            build.run();
            return;
        }
        AtomicReference<Registration> listener = new AtomicReference<>();
        listener.set(details.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                listener.get().remove();
                build.run();
            }
        }));
    }
}
