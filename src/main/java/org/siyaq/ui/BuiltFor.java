package org.siyaq.ui;

import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.List;

/**
 * What a part of a page was last built for (a corpus, or the corpora a picker offers, and the settings it
 * was drawn with), so that a Run rebuilds it only when one of them changed: every Run is a navigation, and
 * rebuilding the corpus notes or resetting a picker's items each time sent them again and made the browser
 * redraw them (issue 15). Corpora are held weakly and compared by identity: a replaced corpus is a new
 * object, and a resting tab does not keep the old one alive.
 */
public final class BuiltFor {

    private List<WeakReference<Object>> sources = List.of();
    private List<Object> settings = List.of();

    /** Whether {@code source} (by identity) or {@code settings} (by value) differ from the last call's; remembers them. */
    public boolean changed(Object source, Object... settings) {
        return changedFor(List.of(source), settings);
    }

    /** As {@link #changed(Object, Object...)} for a list of sources, each compared by identity in its place. */
    public boolean changedFor(List<?> sources, Object... settings) {
        List<Object> now = Arrays.asList(settings);
        if (same(sources) && now.equals(this.settings)) {
            return false;
        }
        this.sources = sources.stream().map(s -> new WeakReference<Object>(s)).toList();
        this.settings = now;
        return true;
    }

    private boolean same(List<?> now) {
        if (now.size() != sources.size() || sources.isEmpty()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (sources.get(i).get() != now.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Forgets what was built: the next call answers {@code true}. */
    public void forget() {
        sources = List.of();
        settings = List.of();
    }
}
