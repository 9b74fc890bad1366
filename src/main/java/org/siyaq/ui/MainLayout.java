package org.siyaq.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.security.Roles;

/**
 * The application shell: the corpus picker (its size shown), the navigation between the tools, and
 * the language switch (Arabic turns the whole page right to left). The corpus and the language travel
 * in the URL, so every link keeps them. The menu lists every view that carries {@code @Menu} (its title a
 * message key), so the layout names no view; the instructors' pages follow, by path.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The instructors' corpus page, listed for everyone: a visitor who opens it is asked to sign in. */
    private static final String ADMIN_PATH = "admin/corpora";

    private static final int PHONE_WIDTH = 600;

    private final CorpusRegistry corpora;
    private final OptionSelect<LoadedCorpus> corpusPicker = new OptionSelect<>();
    private final SideNav nav = new SideNav();
    private final Button langSwitch = new Button();
    private Location location = new Location("");
    /** The picker's items as last set (id and label of each), so that an unchanged list is not sent again. */
    private List<String> pickerLabels = List.of();

    private boolean updating;

    public MainLayout(CorpusRegistry corpora, AuthenticationContext auth) {
        this.corpora = corpora;
        setPrimarySection(Section.NAVBAR);
        addClassName("main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setId("nav-toggle");
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("app-name");
        name.setId("app-name");

        corpusPicker.setId("corpus-picker");
        corpusPicker.setAriaLabel(getTranslation("corpus.picker"));
        corpusPicker.setTooltipText(getTranslation("corpus.picker"));
        corpusPicker.setItemLabelGenerator(this::corpusLabel);
        corpusPicker.addClassName("corpus-picker");
        corpusPicker.addValueChangeListener(e -> {
            if (!updating && e.isFromClient() && e.getValue() != null) {
                switchCorpus(e.getValue().id());
            }
        });

        langSwitch.setId("lang-switch");
        langSwitch.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        langSwitch.addClassName("lang-switch");
        langSwitch.setText(getTranslation("lang.other"));
        langSwitch.getElement().setAttribute("lang", UiLanguage.isArabic(getLocale()) ? "en" : "ar");
        langSwitch.addClickListener(e -> switchLanguage());

        HorizontalLayout bar = new HorizontalLayout(name, corpusPicker, langSwitch);
        if (Roles.isInstructor()) {
            bar.add(signedIn(auth));
        }
        bar.addClassName("navbar-content");
        // the bar is the page's banner landmark, as the menu is its navigation and the view its main
        bar.getElement().setAttribute("role", "banner");
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setFlexGrow(1, corpusPicker);
        addToNavbar(toggle, bar);

        nav.setId("tool-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.addItem(item(entry.title(), entry.path()));
        }
        nav.addItem(item("nav.admin", ADMIN_PATH));
        addToDrawer(nav);
        // on a phone the picker shows the corpus name alone: with the counts it overflowed and cut the name's first
        // letter
        corpusPicker.addAttachListener(e -> e.getUI().getPage().retrieveExtendedClientDetails(details -> {
            if (details.getWindowInnerWidth() <= PHONE_WIDTH) {
                corpusPicker.setItemLabelGenerator(c -> c.info().name());
            }
        }));
    }

    /** For a signed-in instructor only: who is signed in, and a way to sign out from any tool page. */
    private Div signedIn(AuthenticationContext auth) {
        String user = auth.getPrincipalName().orElse("");
        Span who = new Span(getTranslation("header.signed-in", Texts.isolate(user)));
        who.setId("signed-in");
        who.addClassName("signed-in-name");
        Button signOut = new Button(getTranslation("header.sign-out"), e -> auth.logout());
        signOut.setId("header-sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        signOut.setTooltipText(getTranslation("admin.sign-out", user));
        Div box = new Div(who, signOut);
        box.addClassName("signed-in");
        return box;
    }

    private SideNavItem item(String titleKey, String path) {
        String route = path.startsWith("/") ? path.substring(1) : path;
        SideNavItem item = new SideNavItem(getTranslation(titleKey), route);
        item.setId("nav-" + (route.equals(ADMIN_PATH) ? "admin" : route));
        item.setMatchNested(true);
        return item;
    }

    private String corpusLabel(LoadedCorpus corpus) {
        return getTranslation(
                "corpus.label",
                Texts.isolate(corpus.info().name()),
                corpus.documents().size(),
                corpus.index().size());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        location = event.getLocation();
        UrlState state = UrlState.of(location.getQueryParameters());
        UrlState keep = state.only(UrlState.CORPUS, UrlState.WHERE, UiLanguage.PARAM, BuckwalterSetting.PARAM);
        nav.getItems().forEach(item -> NavLinks.keep(item, keep));
        updating = true;
        try {
            // the corpora the user may see, and this session's own texts (no one else's)
            List<LoadedCorpus> items = new ArrayList<>(corpora.visibleTo(Roles.isInstructor()));
            items.addAll(OwnTextSession.mine());
            // the same items and value again would make the browser re-render the picker's list and scroll
            // its selected item into view, a forced style recalculation of the whole page on every Run (issue 15)
            List<String> labels =
                    items.stream().map(c -> c.id() + '\n' + corpusLabel(c)).toList();
            if (!labels.equals(pickerLabels)) {
                pickerLabels = labels;
                corpusPicker.setItems(items);
            }
            items.stream()
                    .filter(c -> c.id().equals(state.corpus()))
                    .findFirst()
                    .ifPresent(c -> {
                        if (corpusPicker.getValue() == null
                                || !corpusPicker.getValue().id().equals(c.id())) {
                            corpusPicker.setValue(c);
                        }
                        CorpusMemory.remember(c);
                        corpusPicker.setTooltipText(AboutCorpus.summary(c.info()));
                    });
        } finally {
            updating = false;
        }
    }

    /** Reopens the current tool on all documents of another corpus; the query's other settings are kept. */
    private void switchCorpus(String corpusId) {
        UrlState state = UrlState.of(location.getQueryParameters())
                .with(UrlState.CORPUS, CorpusRegistry.BUNDLED_ID.equals(corpusId) ? null : corpusId)
                .with(UrlState.WHERE, null);
        String path = location.getPath().startsWith("documents/") ? "documents" : location.getPath();
        UI.getCurrent().navigate(path, state.toQueryParameters());
    }

    /** Reloads the page in the other language, so every label is built afresh in it. */
    private void switchLanguage() {
        Locale next = UiLanguage.isArabic(getLocale()) ? UiLanguage.ENGLISH : UiLanguage.ARABIC;
        UrlState state = UrlState.of(location.getQueryParameters()).with(UiLanguage.PARAM, UiLanguage.param(next));
        String url = location.getPath() + "?" + state.queryString();
        UI.getCurrent().getPage().setLocation(url);
    }
}
