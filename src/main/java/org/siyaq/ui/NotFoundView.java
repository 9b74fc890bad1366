package org.siyaq.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The answer to an address no page has (a mistyped {@code /concordanc}): says so, in the page's
 * language, with a link to every tool, keeping the corpus and the language (issue 12, item 5).
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final UnorderedList links = new UnorderedList();

    public NotFoundView() {
        setId("not-found-view");
        addClassName("tool-view");
        H1 title = new H1(getTranslation("notfound.title"));
        title.addClassName("tool-title");
        Paragraph text = new Paragraph(getTranslation("notfound.text"));
        text.setId("not-found-text");
        links.setId("not-found-links");
        add(title, text, links);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        UrlState keep = UrlState.of(event.getLocation().getQueryParameters()).only(UrlState.CORPUS, UiLanguage.PARAM);
        links.removeAll();
        // the tools of the menu, by path: this page names no view, so it is in no import cycle with them
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            links.add(link(entry.title(), entry.path(), keep));
        }
        return HttpServletResponse.SC_NOT_FOUND;
    }

    private ListItem link(String key, String path, UrlState keep) {
        String route = path.startsWith("/") ? path.substring(1) : path;
        String query = keep.queryString();
        Anchor link = new Anchor(query.isEmpty() ? route : route + "?" + query, getTranslation(key));
        return new ListItem(link);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notfound.title") + " · " + getTranslation("app.name");
    }
}
