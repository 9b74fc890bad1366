package org.siyaq.ui.admin;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.siyaq.security.WithoutClassCode;
import org.siyaq.ui.UiLanguage;

/**
 * The instructor sign-in page, in the UI language; the form posts to Spring Security's {@code /login},
 * and students never need it (nor the class code to reach it).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
@WithoutClassCode
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setId("login-form");
        form.setI18n(texts());
        Anchor language = new Anchor(
                "login?" + UiLanguage.PARAM + "=" + (UiLanguage.isArabic(getLocale()) ? "en" : "ar"),
                getTranslation("lang.other"));
        language.setId("login-lang-switch");
        language.setRouterIgnore(true);
        add(
                new H1(getTranslation("app.name")),
                new Paragraph(getTranslation("login.intro")),
                form,
                new Anchor("/?" + UiLanguage.PARAM + "=" + UiLanguage.param(getLocale()), getTranslation("login.back")),
                language);
    }

    private LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.form.username"));
        i18n.getForm().setPassword(getTranslation("login.form.password"));
        i18n.getForm().setSubmit(getTranslation("login.form.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
