package org.siyaq.ui.picture;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.router.Location;
import org.siyaq.ui.CorpusText;
import org.siyaq.ui.UrlState;

/**
 * A picture under a tool's results that costs nothing until it is opened: it is built and drawn on its
 * first opening, drawn again for each new result while open, and keeps whether it is open (and its own
 * settings) in the page's address without a new navigation, so a copied link opens it as it was. Its
 * text from the corpus (words, titles, values) follows the Buckwalter setting ({@link CorpusText}).
 *
 * @param <Q> the request of the results it pictures
 */
public abstract class LazyPicture<Q> extends Details implements CorpusText.Follower {

    private final String route;
    private Q query;
    private UrlState state = UrlState.empty();
    private boolean built;

    /** @param route the page's route, for the address it keeps its state in */
    protected LazyPicture(String id, String titleKey, String route) {
        this.route = route;
        setId(id);
        setSummaryText(getTranslation(titleKey));
        setVisible(false);
        addOpenedChangeListener(e -> {
            if (e.isOpened() && query != null) {
                load();
            }
            if (e.isFromClient()) {
                remember(e.isOpened());
            }
        });
    }

    /** A new result ({@code null}: none, which hides the picture); opened at once when the address says so. */
    public void show(Q q, UrlState pageState) {
        query = q;
        state = pageState;
        setVisible(q != null);
        if (q == null) {
            return;
        }
        restore(pageState);
        setOpened(isOpenIn(pageState));
        if (isOpened()) {
            load();
        }
    }

    /** The Buckwalter toggle was clicked: an open picture is drawn again, its words and titles as the page now shows them. */
    @Override
    public void transliterationChanged() {
        if (built && isOpened() && query != null) {
            render();
        }
    }

    /** Whether the address {@code s} has this picture open. */
    protected abstract boolean isOpenIn(UrlState s);

    /** Reads the picture's own settings from the address (before it is drawn). */
    protected void restore(UrlState s) {}

    /** The address with the picture open (and its settings) or closed. */
    protected abstract UrlState remembered(UrlState s, boolean open);

    /** Makes the controls and the picture's place (once). */
    protected abstract void build();

    /** Computes and draws the picture of {@link #query()}. */
    protected abstract void render();

    /** Draws the picture again (after a setting changed) and keeps the new settings in the address. */
    protected final void redraw() {
        load();
        remember(true);
    }

    private void load() {
        if (!built) {
            built = true;
            build();
        }
        render();
    }

    private void remember(boolean open) {
        UrlState next = remembered(state, open);
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(route, next.toQueryParameters()));
        state = next;
    }

    protected Q query() {
        return query;
    }

    /** The page's state, with this picture's settings as last kept. */
    protected UrlState state() {
        return state;
    }
}
