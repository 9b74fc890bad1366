package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.js;
import static org.siyaq.browser.VaadinPage.present;
import static org.siyaq.browser.VaadinPage.waitUntil;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A browser whose first language is Arabic opens the UI in Arabic, right to left, without a {@code lang}
 * parameter (a fresh pair of eyes found it opened in English, while the HTTP API already followed
 * {@code Accept-Language}); a language chosen in the page still wins, and stays for the session.
 */
class BrowserLanguageBrowserIT extends BrowserTestSupport {

    @Override
    void configure(ChromeOptions options) {
        options.addArguments("--lang=ar");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ar,en"));
    }

    private Object langAndDir() {
        return js(driver).executeScript("return [document.documentElement.lang, document.documentElement.dir]");
    }

    @Test
    void an_arabic_browser_opens_the_ui_in_arabic_and_a_chosen_language_stays() {
        open("concordance");
        waitUntil(driver, d -> present(d, "concordance-query"), "the concordance page shows");
        waitUntil(driver, d -> List.of("ar", "rtl").equals(langAndDir()), "the page in Arabic, right to left");

        open("concordance?lang=en");
        waitUntil(driver, d -> List.of("en", "ltr").equals(langAndDir()), "English when asked for");

        open("wordlist");
        waitUntil(driver, d -> present(d, "wordlist-filter"), "the word list shows");
        assertThat(langAndDir()).as("the chosen language, remembered").isEqualTo(List.of("en", "ltr"));
    }

    @Test
    void the_own_text_upload_reads_in_the_pages_language() {
        // it kept Vaadin's English "Upload Files..." and "Drop files here" in the Arabic page, where the
        // instructors' upload had the bundle's texts
        open("own-text?lang=ar");
        waitUntil(driver, d -> present(d, "owntext-upload"), "the own-text page shows");
        assertThat(js(driver)
                        .executeScript("const u = document.getElementById('owntext-upload');"
                                + " return [u.i18n.addFiles.many, u.i18n.dropFiles.many]"))
                .isEqualTo(List.of("رفع ملفات…", "أفلت الملفات هنا"));
    }
}
