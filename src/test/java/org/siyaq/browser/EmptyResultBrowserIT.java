package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.byId;
import static org.siyaq.browser.VaadinPage.click;
import static org.siyaq.browser.VaadinPage.gridRows;
import static org.siyaq.browser.VaadinPage.text;
import static org.siyaq.browser.VaadinPage.type;
import static org.siyaq.browser.VaadinPage.waitForRows;
import static org.siyaq.browser.VaadinPage.waitUntil;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * An empty table says "press Run" only before the first Run; after a Run that finds nothing it says that nothing was
 * found, in the page's language (collocates, n-grams, concordance).
 */
class EmptyResultBrowserIT extends BrowserTestSupport {

    /** No word of the bundled corpus. */
    private static final String NOTHING = "ققققق";

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void collocates_say_press_run_before_the_first_run_and_nothing_found_after_one(String lang) {
        runForNothing("collocates", "table", lang);
        assertThat(gridRows(driver, "collocates-grid")).isEmpty();
        Screenshots.take(driver, "empty-collocates-" + lang, "collocates-summary");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void ngrams_that_contain_no_word_of_the_corpus_say_nothing_was_found(String lang) {
        Properties bundle = bundle(lang);
        open("ngrams?lang=" + lang);
        waitForRows(driver, "ngrams-grid", 1);
        type(driver, "ngrams-contains", NOTHING);
        click(driver, "ngrams-run");
        waitUntil(driver, d -> gridRows(d, "ngrams-grid").isEmpty(), "no n-gram");
        assertThat(emptyText("ngrams-grid"))
                .isEqualTo(bundle.getProperty("table.none"))
                .isNotEqualTo(bundle.getProperty("table.empty"));
        Screenshots.take(driver, "empty-ngrams-" + lang, "ngrams-summary");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void a_concordance_without_lines_says_nothing_was_found(String lang) {
        runForNothing("concordance", "concordance", lang);
    }

    /**
     * Opens a tool's page, checks that its empty table asks for a Run ({@code <texts>.empty}), runs a query for a word
     * the corpus lacks and waits until the table says that nothing was found ({@code <texts>.none}).
     */
    private void runForNothing(String tool, String texts, String lang) {
        Properties bundle = bundle(lang);
        open(tool + "?lang=" + lang);
        assertThat(emptyText(tool + "-grid")).isEqualTo(bundle.getProperty(texts + ".empty"));
        type(driver, tool + "-query", NOTHING);
        click(driver, tool + "-run");
        waitUntil(driver, d -> emptyText(tool + "-grid").equals(bundle.getProperty(texts + ".none")), "nothing found");
    }

    /** The text of the table's body when it has no row (waits until the table says something). */
    private String emptyText(String gridId) {
        return waitUntil(
                driver,
                d -> {
                    String shown = text(d, byId(d, gridId).findElement(By.cssSelector("tbody")));
                    return shown.isEmpty() ? null : shown;
                },
                "the table says something");
    }

    static Properties bundle(String lang) {
        Properties bundle = new Properties();
        String file = lang.equals("ar") ? "translations_ar.properties" : "translations.properties";
        try (Reader in = new InputStreamReader(
                EmptyResultBrowserIT.class.getResourceAsStream("/vaadin-i18n/" + file), StandardCharsets.UTF_8)) {
            bundle.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundle;
    }
}
