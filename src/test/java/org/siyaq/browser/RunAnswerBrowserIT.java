package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.byId;
import static org.siyaq.browser.VaadinPage.js;
import static org.siyaq.browser.VaadinPage.location;
import static org.siyaq.browser.VaadinPage.numbers;
import static org.siyaq.browser.VaadinPage.present;
import static org.siyaq.browser.VaadinPage.type;
import static org.siyaq.browser.VaadinPage.waitForRows;
import static org.siyaq.browser.VaadinPage.waitForVaadin;
import static org.siyaq.browser.VaadinPage.waitUntil;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a Run does between the click and the rows (issue 15): a fast query's answer comes in the click's own
 * response, not in a push message after it; the corpus notes and the choice of documents are not rebuilt;
 * and the Run is still a history entry, so Back returns to the query before with its rows.
 */
class RunAnswerBrowserIT extends BrowserTestSupport {

    /** Documents of one source of the bundled corpus (its Russia Today texts). */
    private static final String WHERE = "source:RT";

    /** Counts the WebSocket messages (push frames) the page receives, from before its own scripts run. */
    private static final String COUNT_PUSH = """
            window.__pushes = 0;
            const Native = window.WebSocket;
            window.WebSocket = function (...args) {
              const socket = new Native(...args);
              socket.addEventListener('message', () => window.__pushes++);
              return socket;
            };
            window.WebSocket.prototype = Native.prototype;
            Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});""";

    @Test
    void a_fast_query_answers_in_the_clicks_response_the_notes_stay_and_back_returns_to_the_query_before() {
        ((ChromeDriver) driver)
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", COUNT_PUSH));
        String where = "where=" + enc(WHERE);
        // two words of those documents, and how many lines each has there (the API's count)
        var words = api("api/corpora/bundled/wordlist?limit=2&" + where).get("rows");
        String first = words.get(0).get("word").asString();
        String second = words.get(1).get("word").asString();
        long firstHits = hits(first, where);
        long secondHits = hits(second, where);
        assertThat(firstHits).isNotEqualTo(secondHits);

        open("concordance?" + where);
        WebElement note = byId(driver, "concordance-about").findElement(By.cssSelector(".about-line"));
        String documents =
                (String) js(driver).executeScript("return arguments[0].value", byId(driver, "concordance-where"));
        assertThat(documents).as("the choice of documents shows the address's").isNotBlank();

        run(first);
        assertThat(shownHits()).isEqualTo(firstHits);
        run(second);
        assertThat(shownHits()).isEqualTo(secondHits);
        // the address as the page shows it (decoded)
        assertThat(location(driver)).contains("q=" + second + "&").contains("where=" + WHERE);
        assertThat(isLive(note))
                .as("the corpus notes were not rebuilt by the Runs")
                .isTrue();
        assertThat(js(driver).executeScript("return arguments[0].value", byId(driver, "concordance-where")))
                .isEqualTo(documents);

        driver.navigate().back();
        waitForVaadin(driver);
        waitUntil(driver, d -> location(d).contains("q=" + first + "&"), "Back returns to the first query's address");
        waitUntil(driver, d -> shownHits() == firstHits, "and to its lines");
        assertThat(byId(driver, "concordance-query").getDomProperty("value")).isEqualTo(first);
        assertThat(location(driver)).contains("where=" + WHERE);
    }

    /**
     * Types {@code word}, clicks Run and waits for its lines; the answer must not have come by push (a word's
     * concordance on the bundled corpus takes a few milliseconds, far less than the click waits for it).
     */
    private void run(String word) {
        type(driver, "concordance-query", word);
        waitForVaadin(driver);
        long before = pushes();
        String summary = byId(driver, "concordance-summary").getText();
        byId(driver, "concordance-run").click();
        waitUntil(driver, d -> !byId(d, "concordance-summary").getText().equals(summary), "the summary of " + word);
        waitForRows(driver, "concordance-grid", 1);
        waitForVaadin(driver);
        assertThat(pushes() - before)
                .as("push messages for the Run of %s", word)
                .isZero();
        // shown and hidden again within the one response, the progress bar never reaches the page (Flow sends no
        // element for a component that was never visible); one drawn earlier must be hidden
        assertThat(present(driver, "concordance-progress")
                        && byId(driver, "concordance-progress").isDisplayed())
                .as("the progress bar after the Run of %s", word)
                .isFalse();
    }

    private long hits(String word, String where) {
        return api("api/corpora/bundled/concordance?limit=1&q=" + enc(word) + "&" + where)
                .get("total")
                .asLong();
    }

    private long shownHits() {
        String summary = byId(driver, "concordance-summary").getText();
        return summary.isBlank() ? -1 : numbers(summary).getFirst();
    }

    private long pushes() {
        return ((Number) js(driver).executeScript("return window.__pushes")).longValue();
    }

    private static boolean isLive(WebElement element) {
        try {
            element.isDisplayed();
            return true;
        } catch (StaleElementReferenceException e) {
            return false;
        }
    }
}
