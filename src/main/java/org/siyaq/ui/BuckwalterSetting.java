package org.siyaq.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

/**
 * Whether Arabic is shown in Buckwalter transliteration (issue 12, item 6): kept in the address
 * ({@code bw=true}), so that a link, Back and a reload keep it, and in the browser session, so that the
 * next tool opened from the menu or the address bar keeps it too. The address wins over the session.
 * What the page shows now is kept on its UI ({@link #current()}), for every part of the page that shows
 * corpus text ({@link CorpusText}).
 */
public final class BuckwalterSetting {

    public static final String PARAM = "bw";
    private static final String SESSION = BuckwalterSetting.class.getName();

    private BuckwalterSetting() {}

    /** Whether the page being drawn shows corpus text transliterated (off outside a page). */
    public static boolean current() {
        UI ui = UI.getCurrent();
        return ui != null && Boolean.TRUE.equals(ComponentUtil.getData(ui, SESSION));
    }

    /** What the page shows from now on (set on each navigation and each click of a toggle). */
    static void show(boolean on) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.setData(ui, SESSION, on);
        }
    }

    /** The setting for a page at {@code state}: its address's, else the session's, else off. */
    public static boolean on(UrlState state) {
        if (!state.text(PARAM).isEmpty()) {
            return state.flag(PARAM, false);
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && Boolean.TRUE.equals(session.getAttribute(SESSION));
    }

    /** Stores the user's choice in the browser session, for the pages opened without {@code bw} in their address. */
    public static void remember(boolean on) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION, on);
        }
    }
}
