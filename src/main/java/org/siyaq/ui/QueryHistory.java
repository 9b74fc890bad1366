package org.siyaq.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * "Recent queries": the last {@value #MAX} queries of every tool in this browser session, newest
 * first, each a link that reruns it (issue 12, item 19). Kept in the session only, never stored.
 */
public class QueryHistory extends Details {

    static final int MAX = 50;
    private static final String KEY = QueryHistory.class.getName();

    /** One query: the page's path and query string, and how it reads in the list. */
    record Entry(String url, String label) {}

    private final UnorderedList list = new UnorderedList();

    public QueryHistory(String id) {
        setId(id);
        addClassName("query-history");
        setSummaryText(getTranslation("history.title"));
        add(list);
        setVisible(false);
        // the links are made when the list is opened (issue 15: up to 100 server nodes a tab, kept while it rests)
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fill();
            } else {
                list.removeAll();
            }
        });
    }

    /** Notes a query the page ran (the same query again moves to the top) and shows the list. */
    public void record(String path, UrlState state, String label) {
        Deque<Entry> entries = entries();
        if (entries == null) {
            return;
        }
        boolean any;
        synchronized (entries) {
            if (!label.isBlank()) {
                Entry entry = new Entry(path + "?" + state.queryString(), label);
                entries.removeIf(e -> e.url().equals(entry.url()));
                entries.addFirst(entry);
                while (entries.size() > MAX) {
                    entries.removeLast();
                }
            }
            any = !entries.isEmpty();
        }
        setVisible(any);
        if (isOpened()) {
            fill();
        }
    }

    /** The links, newest first, as the session holds them now. */
    private void fill() {
        Deque<Entry> entries = entries();
        list.removeAll();
        if (entries == null) {
            return;
        }
        List<Entry> shown;
        synchronized (entries) {
            shown = List.copyOf(entries);
        }
        for (Entry e : shown) {
            Anchor link = new Anchor(e.url(), e.label());
            link.getElement().setAttribute("dir", "auto");
            list.add(new ListItem(link));
        }
    }

    @SuppressWarnings("unchecked")
    private static Deque<Entry> entries() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return null;
        }
        Object entries = session.getAttribute(KEY);
        if (entries == null) {
            entries = new ArrayDeque<Entry>();
            session.setAttribute(KEY, entries);
        }
        return (Deque<Entry>) entries;
    }
}
