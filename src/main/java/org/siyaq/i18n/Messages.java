package org.siyaq.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one message catalogue: every string a person reads, in the UI or in an API answer, is looked up
 * here by key in the bundles {@code vaadin-i18n/translations.properties} (English) and
 * {@code translations_ar.properties} (Arabic), the same bundles Vaadin's {@code getTranslation} reads.
 * Parameters ({@code {0}}, {@code {1}} …) go through {@link MessageFormat}, so a literal apostrophe in a
 * message with parameters is written twice ({@code ''}).
 */
public final class Messages {

    /** The base name of the bundles, as Vaadin's default I18N provider expects it. */
    public static final String BUNDLE = "vaadin-i18n/translations";

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale ARABIC = Locale.forLanguageTag("ar");

    private Messages() {
    }

    /**
     * The message {@code key} in the language of {@code locale} (English for any language but Arabic).
     *
     * @throws MissingResourceException when the key is in neither bundle (a test keeps the bundles complete)
     */
    public static String get(String key, Locale locale, Object... args) {
        Locale lang = isArabic(locale) ? ARABIC : ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, lang, NoFallback.INSTANCE);
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, lang).format(plainNumbers(args));
    }

    /** A number parameter is written as Java writes it ({@code 10000}, not {@code 10,000}): ids and limits read as typed. */
    private static Object[] plainNumbers(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Number n) {
                out[i] = n.toString();
            }
        }
        return out;
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
