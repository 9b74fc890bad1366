package org.siyaq.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.InvalidLocationException;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.siyaq.security.ClassCodeGuard;
import org.siyaq.security.ClassCodes;
import org.siyaq.security.WithoutClassCode;

/**
 * Where a student types the class code, once per browser session, when an instructor has turned it on
 * ({@link ClassCodeGuard} sends every visitor here first); then on to the page they asked for.
 */
@Route(value = ClassCodeGuard.ROUTE, autoLayout = false)
@AnonymousAllowed
@WithoutClassCode
public class ClassCodeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassCodes codes;
    private final TextField code = new TextField(getTranslation("classcode.field"));
    private final Anchor language = new Anchor("", getTranslation("lang.other"));
    private Location next = new Location("");

    public ClassCodeView(ClassCodes codes) {
        this.codes = codes;
        setAlignItems(Alignment.CENTER);
        code.setId("class-code-field");
        code.setAutofocus(true);
        code.setMaxLength(ClassCodes.MAX_LENGTH);
        // the refusal sets the field invalid itself: the field's own check (on the emptied value) must not undo it
        code.setManualValidation(true);
        Button enter = new Button(getTranslation("classcode.enter"), e -> enter());
        enter.setId("class-code-enter");
        enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enter.addClickShortcut(Key.ENTER);
        add(
                new H1(getTranslation("app.name")),
                new Paragraph(getTranslation("classcode.intro")),
                code,
                enter,
                new Anchor("login", getTranslation("classcode.instructors")),
                language);
        language.setId("classcode-lang-switch");
        language.setRouterIgnore(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String target = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(ClassCodeGuard.CONTINUE)
                .orElse("");
        next = location(target);
        // this page again in the other language, going on afterwards to the same page in that language
        String other = UiLanguage.isArabic(getLocale()) ? "en" : "ar";
        String then = new Location(next.getPath(), next.getQueryParameters().merging(UiLanguage.PARAM, other))
                .getPathWithQueryParameters();
        language.setHref(ClassCodeGuard.ROUTE + "?" + UiLanguage.PARAM + "=" + other + "&" + ClassCodeGuard.CONTINUE
                + "=" + URLEncoder.encode(then, StandardCharsets.UTF_8));
        if (!codes.enabled() || codes.admitted(event.getUI().getSession().getSession())) {
            event.forwardTo(next.getPath(), next.getQueryParameters());
        }
    }

    /** The page to go on to: a path inside the app, never this page again; the start page otherwise. */
    private static Location location(String target) {
        try {
            Location location = new Location(target);
            return location.getFirstSegment().equals(ClassCodeGuard.ROUTE) ? new Location("") : location;
        } catch (InvalidLocationException e) {
            return new Location("");
        }
    }

    private void enter() {
        String address = VaadinRequest.getCurrent().getRemoteAddr();
        switch (codes.check(code.getValue(), address)) {
            case ACCEPTED -> {
                codes.admit(VaadinSession.getCurrent().getSession());
                UI.getCurrent().navigate(next.getPath(), next.getQueryParameters());
            }
            case WRONG -> refuse(getTranslation("classcode.wrong"));
            case LOCKED -> refuse(getTranslation("classcode.locked", ClassCodes.minutes(codes.lockedFor(address))));
        }
    }

    private void refuse(String message) {
        code.clear();
        code.setErrorMessage(message);
        code.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("classcode.title") + " · " + getTranslation("app.name");
    }
}
