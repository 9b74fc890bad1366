package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.blankToNull;
import static org.siyaq.browser.VaadinPage.byId;
import static org.siyaq.browser.VaadinPage.gridCell;
import static org.siyaq.browser.VaadinPage.js;
import static org.siyaq.browser.VaadinPage.location;
import static org.siyaq.browser.VaadinPage.numbers;
import static org.siyaq.browser.VaadinPage.present;
import static org.siyaq.browser.VaadinPage.text;
import static org.siyaq.browser.VaadinPage.waitForRows;
import static org.siyaq.browser.VaadinPage.waitForVaadin;
import static org.siyaq.browser.VaadinPage.waitUntil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.JsonNode;

/**
 * The word panel (issue 9, item 3) in Chromium on the bundled corpus: a click on a word in a
 * concordance line, in the word list and in the reader opens its analysis; Enter opens it from the
 * keyboard and Escape closes it; "all words of this root" opens a concordance of the root.
 *
 * <p>The word, worked out by hand: وقال "and he said" is the conjunction و on the verb قال, a hollow
 * verb whose middle radical is و: lemma قال (Buckwalter qAl), root قول (qwl). The bundled corpus
 * has it (its news reports quote people).
 */
class WordPanelBrowserIT extends BrowserTestSupport {

    private static final String WORD = "وقال";
    private static final String LEMMA = "قال";
    private static final String ROOT = "قول";
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "panel-screenshots");

    @Test
    void the_keyword_of_a_concordance_line_opens_its_analysis_and_the_root_link_finds_the_root() {
        open("concordance?level=form&q=" + enc(WORD));
        waitForRows(driver, "concordance-grid", 1);
        clickLetters(gridCell(driver, "concordance-grid", 0, 0).findElement(By.cssSelector(".kwic-node")));

        assertPanelShowsTheWord();
        assertThat(location(driver)).as("the line's document did not open").startsWith("concordance");
        assertThat(text(driver, byId(driver, "word-panel-lemma-concordance"))).isEqualTo("in the concordance");

        long rootHits = api("api/corpora/bundled/concordance?limit=1&q=" + enc("root:" + ROOT))
                .get("total")
                .asLong();
        assertThat(rootHits).as("more than the forms of قال alone").isGreaterThan(1);
        byId(driver, "word-panel-root-concordance").click();
        waitUntil(driver, d -> location(d).contains("q=root:" + ROOT), "the root's concordance opens");
        waitForVaadin(driver);
        String summary = waitUntil(
                driver, d -> blankToNull(text(d, byId(d, "concordance-summary"))), "the concordance shows its count");
        assertThat(numbers(summary).getFirst()).as(summary).isEqualTo(rootHits);
        waitUntil(driver, d -> !present(d, "word-panel"), "the panel closed with the click");
    }

    @Test
    void in_arabic_the_panel_speaks_arabic_and_its_links_keep_the_language() {
        open("concordance?lang=ar&level=form&q=" + enc(WORD));
        waitForRows(driver, "concordance-grid", 1);
        clickLetters(gridCell(driver, "concordance-grid", 0, 0).findElement(By.cssSelector(".kwic-node")));

        assertPanelShowsTheWord();
        assertThat(text(driver, byId(driver, "word-panel-close"))).isEqualTo("إغلاق");
        assertThat(text(driver, byId(driver, "word-panel-root-wordlist"))).isEqualTo("في قائمة الكلمات");
        assertThat(cells("pos")).containsExactly("فعل");

        byId(driver, "word-panel-root-wordlist").click();
        waitUntil(
                driver,
                d -> location(d).startsWith("wordlist") && location(d).contains("filter=root:" + ROOT),
                "the word list of the root's words opens");
        assertThat(location(driver)).contains("lang=ar", "level=lemma");
        List<List<String>> rows = waitForRows(driver, "wordlist-grid", 1);
        assertThat(rows)
                .as("the lemma قال is a word of the root")
                .anyMatch(row -> row.get(1).equals(LEMMA));
    }

    @Test
    void a_word_of_the_word_list_opens_from_a_click_and_from_enter_and_escape_closes_it() {
        open("wordlist?level=form&filter=" + enc(WORD));
        waitForRows(driver, "wordlist-grid", 1);
        gridCell(driver, "wordlist-grid", 0, 1).click();
        assertPanelShowsTheWord();
        assertThat(location(driver)).as("the word's concordance did not open").startsWith("wordlist");

        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        waitUntil(driver, d -> !present(d, "word-panel"), "Escape closes the panel");

        // keyboard: the word's cell focused as the table's arrow keys focus it, then Enter
        js(driver).executeScript("arguments[0].focus()", gridCell(driver, "wordlist-grid", 0, 1));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertPanelShowsTheWord();
    }

    @Test
    void a_lemma_row_is_analysed_through_its_most_frequent_form() {
        // the lemma قال has the forms وقال, وقالت, قال in the corpus (the API writes them in one cell), وقال the most
        // frequent
        JsonNode row = api("api/corpora/bundled/wordlist?level=lemma&filter=" + enc(LEMMA))
                .get("rows")
                .get(0);
        assertThat(row.get("word").asString()).isEqualTo(LEMMA);
        String mostFrequent = row.get("forms").asString().split(" ")[0];
        open("wordlist?level=lemma&filter=" + enc(LEMMA));
        waitForRows(driver, "wordlist-grid", 1);
        gridCell(driver, "wordlist-grid", 0, 1).click();
        waitUntil(driver, d -> present(d, "word-panel-row"), "the note on the row");
        assertThat(cells("form").getFirst()).isEqualTo(mostFrequent);
        assertThat(cells("lemma")).containsExactly(LEMMA, "qAl");
        assertThat(text(driver, byId(driver, "word-panel-row"))).contains("lemma", LEMMA);
    }

    @Test
    void a_word_in_the_reader_opens_from_a_click_and_the_selected_hit_from_enter() {
        JsonNode line = api("api/corpora/bundled/concordance?level=form&limit=1&q=" + enc(WORD))
                .get("lines")
                .get(0);
        open("documents/" + line.get("doc_id").asInt() + "?level=form&q=" + enc(WORD) + "&from="
                + line.get("node_start").asInt() + "&to=" + line.get("node_end").asInt());
        WebElement hit = byId(driver, "document-hit");
        clickLetters(hit);
        assertPanelShowsTheWord();
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        waitUntil(driver, d -> !present(d, "word-panel"), "Escape closes the panel");

        js(driver)
                .executeScript(
                        "window.getSelection().removeAllRanges(); arguments[0].focus()", byId(driver, "document-text"));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertPanelShowsTheWord();
    }

    @Test
    void the_panel_fits_a_laptop_and_a_phone_in_both_languages() {
        JsonNode line = api("api/corpora/bundled/concordance?level=form&limit=1&q=" + enc(WORD))
                .get("lines")
                .get(0);
        for (Dimension size : List.of(new Dimension(1366, 768), new Dimension(412, 900))) {
            driver.manage().window().setSize(size);
            for (String lang : List.of("en", "ar")) {
                open("concordance?lang=" + lang + "&level=form&q=" + enc(WORD));
                waitForRows(driver, "concordance-grid", 1);
                clickLetters(gridCell(driver, "concordance-grid", 0, 0).findElement(By.cssSelector(".kwic-node")));
                assertPanelShowsTheWord();
                assertPanelInsideTheWindow();
                List<Object> clipped = GlyphBoxes.clipped(driver, "#word-panel .user-text, #word-panel th");
                assertThat(((Number) clipped.getFirst()).intValue())
                        .as("Arabic texts checked")
                        .isPositive();
                assertThat(clipped.subList(1, clipped.size()))
                        .as("no dot or mark cut")
                        .isEmpty();
                screenshot("concordance-" + lang + "-" + size.getWidth());

                open("documents/" + line.get("doc_id").asInt() + "?lang=" + lang + "&level=form&q=" + enc(WORD)
                        + "&from=" + line.get("node_start").asInt() + "&to="
                        + line.get("node_end").asInt());
                clickLetters(byId(driver, "document-hit"));
                assertPanelShowsTheWord();
                assertPanelInsideTheWindow();
                screenshot("reader-" + lang + "-" + size.getWidth());
            }
        }
        driver.manage().window().setSize(new Dimension(1366, 768));
        // the Arabic panel at 200% zoom, to look at its dots and marks
        open("concordance?lang=ar&level=form&q=" + enc(WORD));
        waitForRows(driver, "concordance-grid", 1);
        GlyphBoxes.zoom2x(driver, 1366, 768);
        try {
            clickLetters(gridCell(driver, "concordance-grid", 0, 0).findElement(By.cssSelector(".kwic-node")));
            assertPanelShowsTheWord();
            screenshot("concordance-ar-zoom2x");
        } finally {
            GlyphBoxes.resetZoom(driver);
        }
    }

    /** Every cell of the panel's table within the window's width: nothing cut off at either side. */
    private void assertPanelInsideTheWindow() {
        Boolean inside = (Boolean) js(driver)
                .executeScript("""
                        const w = window.innerWidth;
                        const cells = [...arguments[0].querySelectorAll('th, td')];
                        return cells.length > 0 && cells.every(c => {
                          const b = c.getBoundingClientRect();
                          return b.left >= 0 && b.right <= w;
                        });""", byId(driver, "word-panel-root").findElement(By.xpath("./ancestor::table")));
        assertThat(inside).as("the panel's table fits the window").isTrue();
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(
                    SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The panel is open on وقال: its lemma and root, each with its Buckwalter. */
    private void assertPanelShowsTheWord() {
        waitUntil(driver, d -> present(d, "word-panel-root"), "the word panel opens");
        waitForVaadin(driver);
        assertThat(cells("form")).containsExactly(WORD, "wqAl");
        assertThat(cells("lemma")).containsExactly(LEMMA, "qAl");
        assertThat(cells("root")).containsExactly(ROOT, "qwl");
    }

    /** The value cells of the panel's row for {@code key} (a level, or {@code pos}). */
    private List<String> cells(String key) {
        return byId(driver, "word-panel-" + key).findElements(By.cssSelector("td")).stream()
                .map(td -> text(driver, td))
                .toList();
    }

    /** Clicks the middle of the first word of {@code element}'s text, where a student's pointer would be. */
    @SuppressWarnings("unchecked")
    private void clickLetters(WebElement element) {
        js(driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        Map<String, Number> at = (Map<String, Number>) js(driver).executeScript("""
                        const walk = document.createTreeWalker(arguments[0], NodeFilter.SHOW_TEXT);
                        let n = walk.nextNode();
                        while (n && !n.data.trim()) n = walk.nextNode();
                        const start = n.data.search(/\\S/);
                        const rest = n.data.substring(start).search(/\\s/);
                        const r = document.createRange();
                        r.setStart(n, start);
                        r.setEnd(n, rest < 0 ? n.data.length : start + rest);
                        const b = r.getBoundingClientRect();
                        return {x: Math.round(b.left + b.width / 2), y: Math.round(b.top + b.height / 2)};""", element);
        new Actions(driver)
                .moveToLocation(at.get("x").intValue(), at.get("y").intValue())
                .click()
                .perform();
        waitForVaadin(driver);
    }
}
