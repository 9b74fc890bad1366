package org.siyaq.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
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
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.siyaq.ui.collocation.CollocationView;
import org.siyaq.ui.concordance.ConcordanceView;
import org.siyaq.ui.documents.DocumentsView;
import org.siyaq.ui.ngram.NGramView;
import org.siyaq.ui.wordlist.WordListView;

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
        H2 title = new H2(getTranslation("notfound.title"));
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
        links.add(
                link("nav.concordance", ConcordanceView.class, keep),
                link("nav.wordlist", WordListView.class, keep),
                link("nav.collocates", CollocationView.class, keep),
                link("nav.ngrams", NGramView.class, keep),
                link("nav.documents", DocumentsView.class, keep));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    private ListItem link(String key, Class<? extends Component> view, UrlState keep) {
        RouterLink link = new RouterLink(getTranslation(key), view);
        link.setQueryParameters(keep.toQueryParameters());
        return new ListItem(link);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notfound.title") + " · " + getTranslation("app.name");
    }
}
