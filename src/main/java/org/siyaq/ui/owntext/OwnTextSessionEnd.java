package org.siyaq.ui.owntext;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.siyaq.corpus.SessionCorpora;
import org.springframework.stereotype.Component;

/** Forgets a session's own texts when the session ends (sign-out, time-out, or the server's shutdown). */
@Component
public class OwnTextSessionEnd implements HttpSessionListener {

    private final SessionCorpora corpora;

    public OwnTextSessionEnd(SessionCorpora corpora) {
        this.corpora = corpora;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object owner = event.getSession().getAttribute(SessionCorpora.OWNER_ATTRIBUTE);
        if (owner != null) {
            corpora.endSession(owner.toString());
        }
    }
}
