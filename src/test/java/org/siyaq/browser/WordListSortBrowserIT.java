package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.byId;
import static org.siyaq.browser.VaadinPage.js;
import static org.siyaq.browser.VaadinPage.location;
import static org.siyaq.browser.VaadinPage.waitForRows;
import static org.siyaq.browser.VaadinPage.waitForVaadin;
import static org.siyaq.browser.VaadinPage.waitUntil;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The word list's sortable headers in Chromium (issue 12, item 10): a header click asks the server for the
 * whole list in that order, the address keeps it (reload and Back), and the "by ending" box turns a sort
 * by word into the retrograde one. What the page shows is compared with the API's answer for the same sort.
 */
class WordListSortBrowserIT extends BrowserTestSupport {

    @Test
    void a_header_click_sorts_the_whole_list_on_the_server_and_the_address_keeps_it() {
        open("wordlist?lang=ar");
        waitForRows(driver, "wordlist-grid", 3);
        List<String> rankOrder = firstWords(3);

        clickHeader("word");
        waitUntil(driver, d -> location(d).contains("sort=word"), "the address names the sort");
        List<String> alphabetical = apiWords("sort=word");
        assertThat(alphabetical).isNotEqualTo(rankOrder);
        waitUntil(
                driver,
                d -> firstWords(3).equals(alphabetical),
                "the rows in alphabetical order, as the API gives them");

        clickHeader("word");
        waitUntil(driver, d -> location(d).contains("order=desc"), "a second click sorts downwards");
        List<String> downwards = apiWords("sort=word&order=desc");
        waitUntil(driver, d -> firstWords(3).equals(downwards), "the rows from the end of the alphabet");

        js(driver).executeScript("arguments[0].click()", byId(driver, "wordlist-retrograde"));
        waitUntil(driver, d -> location(d).contains("sort=ending"), "the box sorts by ending");
        List<String> byEnding = apiWords("sort=ending&order=desc");
        waitUntil(driver, d -> firstWords(3).equals(byEnding), "the rows by ending, as the API gives them");

        driver.navigate().refresh();
        waitForVaadin(driver);
        waitForRows(driver, "wordlist-grid", 3);
        assertThat(firstWords(3)).as("a reload keeps the order").isEqualTo(byEnding);
        assertThat(sorterDirection("word")).isEqualTo("desc");
        assertThat(byId(driver, "wordlist-retrograde").getDomAttribute("checked"))
                .isNotNull();

        clickHeader("freq");
        waitUntil(driver, d -> location(d).contains("sort=freq"), "a figure column sorts too");
        driver.navigate().back();
        waitForVaadin(driver);
        waitUntil(driver, d -> location(d).contains("sort=ending"), "Back returns to the order before");
        waitUntil(driver, d -> firstWords(3).equals(byEnding), "and to its rows");
    }

    private void clickHeader(String key) {
        WebElement header = (WebElement) js(driver)
                .executeScript(
                        "return arguments[0].querySelector('span.column-header[data-key=' + arguments[1] + ']')"
                                + ".closest('th')",
                        byId(driver, "wordlist-grid"),
                        key);
        header.click();
        waitForVaadin(driver);
    }

    /** The order the header of column {@code key} shows ({@code aria-sort}): asc, desc or null. */
    private String sorterDirection(String key) {
        String sort = (String) js(driver)
                .executeScript(
                        "return arguments[0].querySelector('span.column-header[data-key=' + arguments[1] + ']')"
                                + ".closest('th').getAttribute('aria-sort')",
                        byId(driver, "wordlist-grid"),
                        key);
        return sort == null ? null : sort.equals("ascending") ? "asc" : sort.equals("descending") ? "desc" : sort;
    }

    /** The words of the first {@code n} rows the grid shows (the word is the second column). */
    private List<String> firstWords(int n) {
        return waitForRows(driver, "wordlist-grid", n).stream()
                .limit(n)
                .map(row -> row.get(1))
                .toList();
    }

    private List<String> apiWords(String sort) {
        List<String> out = new ArrayList<>();
        for (JsonNode row : api("api/corpora/bundled/wordlist?limit=3&" + sort).get("rows")) {
            out.add(row.get("word").asString());
        }
        return out;
    }
}
