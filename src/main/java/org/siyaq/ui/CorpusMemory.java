package org.siyaq.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.siyaq.corpus.LoadedCorpus;

/**
 * What the browser session remembers of the corpora it used: their names, so that a corpus the
 * instructor deleted or hid is named as the student knew it, not by its id; and the note, carried over
 * one navigation, that the page fell back to the bundled corpus (issue 12, item 4).
 */
public final class CorpusMemory {

    private static final String NAMES = CorpusMemory.class.getName() + ".names";
    private static final String GONE = CorpusMemory.class.getName() + ".gone";

    private CorpusMemory() {}

    /** Remembers the name of a corpus the page shows. */
    public static void remember(LoadedCorpus corpus) {
        names().ifPresent(n -> n.put(corpus.id(), corpus.info().name()));
    }

    /** The name the session knew the corpus {@code id} by, else the id. */
    public static String name(String id) {
        return names().map(n -> n.getOrDefault(id, id)).orElse(id);
    }

    /** Notes, for the next page, that the corpus named {@code name} could not be opened. */
    static void fellBack(String name) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(GONE, name);
        }
    }

    /** The name noted by {@link #fellBack}, once. */
    static Optional<String> takeFallBack() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        Object name = session.getAttribute(GONE);
        session.setAttribute(GONE, null);
        return Optional.ofNullable((String) name);
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, String>> names() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        Object names = session.getAttribute(NAMES);
        if (names == null) {
            names = new ConcurrentHashMap<String, String>();
            session.setAttribute(NAMES, names);
        }
        return Optional.of((Map<String, String>) names);
    }
}
