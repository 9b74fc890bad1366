package org.siyaq.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.siyaq.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * Vaadin's {@code getTranslation} through {@link Messages}, so that the UI formats its messages as the
 * API does: ICU MessageFormat, with each language's plural rules (English two forms, Arabic six).
 */
@Component
public class BundleTranslations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Messages.ENGLISH, Messages.ARABIC);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return Messages.get(key, locale, params);
        } catch (MissingResourceException e) {
            return "!{" + key + "}!";
        }
    }
}
