package org.siyaq.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WebBrowser;
import java.util.List;
import java.util.Locale;

/** The two UI languages, read from the {@code lang} URL parameter or the session, and the page direction each implies. */
public final class UiLanguage {

    public static final String PARAM = "lang";
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    public static final List<Locale> LOCALES = List.of(ENGLISH, ARABIC);

    private UiLanguage() {}

    /** The locale a {@code lang} value names, or {@code fallback} when it names neither language. */
    public static Locale fromParam(String value, Locale fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "ar" -> ARABIC;
            case "en" -> ENGLISH;
            default -> fallback;
        };
    }

    public static String param(Locale locale) {
        return isArabic(locale) ? "ar" : "en";
    }

    public static boolean isArabic(Locale locale) {
        return locale != null && "ar".equals(locale.getLanguage());
    }

    /**
     * The session's remembered language; when none was chosen yet, Arabic for a browser whose first language is
     * Arabic ({@code Accept-Language}, as the HTTP API reads it), else English.
     */
    public static Locale remembered(VaadinSession session) {
        Locale locale = session == null ? null : session.getAttribute(Locale.class);
        if (locale != null) {
            return locale;
        }
        WebBrowser browser = session == null ? null : session.getBrowser();
        return browser != null && isArabic(browser.getLocale()) ? ARABIC : ENGLISH;
    }

    /** Switches the UI to {@code locale}: translations, page direction and the html lang attribute; remembers it. */
    public static void apply(UI ui, Locale locale) {
        if (ui.getSession() != null) {
            ui.getSession().setAttribute(Locale.class, locale);
        }
        ui.setLocale(locale);
        ui.setDirection(isArabic(locale) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getElement().executeJs("document.documentElement.lang = $0", param(locale));
    }
}
