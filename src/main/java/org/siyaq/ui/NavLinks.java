package org.siyaq.ui;

import com.vaadin.flow.component.sidenav.SideNavItem;

/**
 * Side-menu links that keep the corpus, the documents and the language. {@code SideNavItem.setQueryParameters}
 * percent-encodes the query and then encodes the whole path once more ({@code where=source:RT} became
 * {@code source%253ART}, worse on every click: issue 12, item 1), so the link is written here with the
 * query encoded exactly once.
 */
public final class NavLinks {

    private NavLinks() {}

    /** Points {@code item} at its own route with {@code keep} as its query. */
    public static void keep(SideNavItem item, UrlState keep) {
        String path = item.getPath() == null ? "" : item.getPath();
        int query = path.indexOf('?');
        String route = query < 0 ? path : path.substring(0, query);
        String parameters = keep.queryString();
        item.getElement().setAttribute("path", parameters.isEmpty() ? route : route + "?" + parameters);
    }
}
