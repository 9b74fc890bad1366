package org.siyaq.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one message catalogue: every string a person reads, in the UI or in an API answer, is looked up
 * here by key in the bundles {@code vaadin-i18n/translations.properties} (English) and
 * {@code translations_ar.properties} (Arabic), the same bundles Vaadin's {@code getTranslation} reads.
 * Parameters ({@code {0}}, {@code {1}} …) go through ICU's {@link MessageFormat}, so that a count can
 * choose its plural form ({@code {0, plural, one {# hit} other {# hits}}}; Arabic has six: zero, one,
 * two, few, many, other, from CLDR's rules). Numbers are written with Western digits in both languages.
 */
public final class Messages {

    /** The base name of the bundles, as Vaadin's default I18N provider expects it. */
    public static final String BUNDLE = "vaadin-i18n/translations";

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale ARABIC = Locale.forLanguageTag("ar");

    /** Arabic plural rules with the digits 0–9, as every number on the page is written. */
    private static final ULocale ARABIC_WESTERN_DIGITS = ULocale.forLanguageTag("ar-u-nu-latn");

    private Messages() {}

    /**
     * The message {@code key} in the language of {@code locale} (English for any language but Arabic).
     *
     * @throws MissingResourceException when the key is in neither bundle (a test keeps the bundles complete)
     */
    public static String get(String key, Locale locale, Object... args) {
        Locale lang = isArabic(locale) ? ARABIC : ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, lang, NoFallback.INSTANCE);
        String pattern = bundle.getString(key);
        return args.length == 0
                ? pattern
                : new MessageFormat(pattern, isArabic(lang) ? ARABIC_WESTERN_DIGITS : ULocale.ENGLISH).format(args);
    }

    public static String english(String key, Object... args) {
        return get(key, ENGLISH, args);
    }

    public static String arabic(String key, Object... args) {
        return get(key, ARABIC, args);
    }

    public static boolean isArabic(Locale locale) {
        return locale != null && "ar".equals(locale.getLanguage());
    }

    /** The English bundle is the root; never fall back to the JVM's default locale. */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
