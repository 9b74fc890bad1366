package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.byId;
import static org.siyaq.browser.VaadinPage.click;
import static org.siyaq.browser.VaadinPage.js;
import static org.siyaq.browser.VaadinPage.location;
import static org.siyaq.browser.VaadinPage.waitForRows;
import static org.siyaq.browser.VaadinPage.waitForVaadin;
import static org.siyaq.browser.VaadinPage.waitUntil;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Buckwalter setting in Chromium (issue 12, item 6): once ticked, the concordance's lines and its
 * document column hold no Arabic letter, and the setting stays through the side menu, a reload and a
 * new address typed without it (the session), until the student unticks it.
 */
class BuckwalterBrowserIT extends BrowserTestSupport {

    private static final String WORD = "روسيا";

    @Test
    void the_transliteration_stays_on_through_the_menu_a_reload_and_the_session() {
        open("concordance?q=" + enc(WORD));
        waitForRows(driver, "concordance-grid", 3);
        assertThat(arabicIn("concordance-grid")).as("Arabic before the tick").isTrue();

        js(driver).executeScript("arguments[0].click()", byId(driver, "concordance-buckwalter"));
        waitForVaadin(driver);
        waitUntil(driver, d -> location(d).contains("bw=true"), "the address keeps the setting");
        waitUntil(driver, d -> !arabicIn("concordance-grid"), "no Arabic letter in the lines or the titles");

        click(driver, "nav-wordlist");
        waitUntil(
                driver,
                d -> location(d).startsWith("wordlist") && location(d).contains("bw=true"),
                "the word list opens, the setting in its address");
        waitForRows(driver, "wordlist-grid", 3);
        assertThat(ticked("wordlist-buckwalter")).isTrue();
        waitUntil(driver, d -> !arabicIn("wordlist-grid"), "the word list in transliteration");

        driver.navigate().refresh();
        waitForVaadin(driver);
        waitForRows(driver, "wordlist-grid", 3);
        assertThat(ticked("wordlist-buckwalter")).as("after a reload").isTrue();

        open("ngrams");
        waitForRows(driver, "ngrams-grid", 3);
        assertThat(ticked("ngrams-buckwalter"))
                .as("an address without bw: the session's setting")
                .isTrue();

        js(driver).executeScript("arguments[0].click()", byId(driver, "ngrams-buckwalter"));
        waitForVaadin(driver);
        waitUntil(driver, d -> location(d).contains("bw=false"), "unticked in the address");
        open("collocates?q=" + enc(WORD));
        waitForRows(driver, "collocates-grid", 3);
        assertThat(ticked("collocates-buckwalter"))
                .as("unticked in the session")
                .isFalse();
        assertThat(arabicIn("collocates-grid")).isTrue();
    }

    private boolean ticked(String id) {
        return byId(driver, id).getDomAttribute("checked") != null;
    }

    /** Whether any loaded row of the grid shows an Arabic letter. */
    private boolean arabicIn(String grid) {
        List<List<String>> rows = waitForRows(driver, grid, 3);
        return rows.stream().flatMap(List::stream).anyMatch(cell -> cell.matches("(?s).*\\p{IsArabic}.*"));
    }
}
