package org.siyaq.ui;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.List;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.corpus.SessionCorpora;

/**
 * The browser session's side of students' own texts ({@link SessionCorpora}): the session's owner token,
 * kept in its HTTP session (so the API's CSV links of the same browser see the texts too), and whether
 * this session owns a corpus id.
 */
public final class OwnTextSession {

    private OwnTextSession() {}

    private static SessionCorpora corpora() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(SessionCorpora.class);
    }

    /** This session's owner token, made on first use. */
    public static String owner() {
        WrappedSession session = VaadinSession.getCurrent().getSession();
        Object owner = session.getAttribute(SessionCorpora.OWNER_ATTRIBUTE);
        if (owner == null) {
            owner = SessionCorpora.newOwner();
            session.setAttribute(SessionCorpora.OWNER_ATTRIBUTE, owner);
        }
        return owner.toString();
    }

    private static String ownerIfAny() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        Object owner = vaadin == null || vaadin.getSession() == null
                ? null
                : vaadin.getSession().getAttribute(SessionCorpora.OWNER_ATTRIBUTE);
        return owner == null ? null : owner.toString();
    }

    /** Whether {@code corpusId} is an own text of this browser session. */
    public static boolean owns(String corpusId) {
        return SessionCorpora.isPrivate(corpusId) && corpora().isOwnedBy(corpusId, ownerIfAny());
    }

    /** This session's own texts, oldest first. */
    public static List<LoadedCorpus> mine() {
        String owner = ownerIfAny();
        return owner == null ? List.of() : corpora().ownedBy(owner);
    }
}
