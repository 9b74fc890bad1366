package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.byId;
import static org.siyaq.browser.VaadinPage.gridCell;
import static org.siyaq.browser.VaadinPage.gridRows;
import static org.siyaq.browser.VaadinPage.gridSize;
import static org.siyaq.browser.VaadinPage.js;
import static org.siyaq.browser.VaadinPage.location;
import static org.siyaq.browser.VaadinPage.present;
import static org.siyaq.browser.VaadinPage.text;
import static org.siyaq.browser.VaadinPage.waitForRows;
import static org.siyaq.browser.VaadinPage.waitForVaadin;
import static org.siyaq.browser.VaadinPage.waitUntil;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.siyaq.analysis.script.Buckwalter;
import tools.jackson.databind.JsonNode;

/**
 * The result tables of the word list, collocates, keywords and n-grams ({@code <siyaq-table>} through {@code
 * ResultTable}, issue 15, eighth session: a plain table drawn from the page's rows instead of Vaadin's grid) do what
 * the grid did: the next page when scrolled to, the Buckwalter toggle redrawing the rows where they are, a click on a
 * word of the word list's forms opening that word's analysis and a click on a figure the row's concordance, the
 * headers reached and sorted from the keyboard, the collocate kept in view when the table scrolls sideways on a phone,
 * and a result without rows said so.
 */
class ResultTableBrowserIT extends BrowserTestSupport {

    private static final String NODE = "روسيا";
    /** A lemma of the bundled corpus with several forms ({@code WordPanelBrowserIT}). */
    private static final String LEMMA = "قال";

    /**
     * How far the first word that fits its cell (a longer one is cut at its end, which is on the page's side when it
     * runs the other way) starts from its column's header label, on the page's side (px).
     */
    private static final String WORD_OFF_HEADER = """
            const table = arguments[0];
            const label = table.querySelector('thead th.kind-word .column-header').getBoundingClientRect();
            const column = table.querySelector('thead th.kind-word').cellIndex;
            const cell = [...table.querySelectorAll('tbody tr')].map(tr => tr.cells[column].querySelector('.cell-word'))
              .find(c => c && c.scrollWidth <= c.clientWidth);
            const range = document.createRange();
            range.selectNodeContents(cell);
            const word = range.getBoundingClientRect();
            return document.documentElement.dir === 'rtl' ? label.right - word.right : word.left - label.left;""";

    @Test
    void the_next_page_comes_when_scrolled_to_and_the_buckwalter_toggle_redraws_the_rows_where_they_are() {
        open("wordlist?lang=en");
        waitForRows(driver, "wordlist-grid", 3);
        JsonNode api = api("api/corpora/bundled/wordlist?limit=100");
        assertThat(gridSize(driver, "wordlist-grid"))
                .isEqualTo(api.get("total_rows").asLong())
                .isGreaterThan(100);
        assertThat(gridRows(driver, "wordlist-grid"))
                .as("only the first page is drawn")
                .hasSize(50);

        var table = byId(driver, "wordlist-grid");
        js(driver).executeScript("arguments[0].scrollTop = arguments[0].scrollHeight", table);
        waitUntil(driver, d -> gridRows(d, "wordlist-grid").size() == 100, "the second page is drawn");
        waitForVaadin(driver);
        List<List<String>> rows = gridRows(driver, "wordlist-grid");
        for (int i : new int[] {0, 49, 50, 99}) {
            assertThat(rows.get(i).get(1))
                    .as("row %d is the API's", i)
                    .isEqualTo(api.get("rows").get(i).get("word").asString());
        }

        long scrolled = ((Number) js(driver).executeScript("return arguments[0].scrollTop", table)).longValue();
        assertThat(scrolled).isPositive();
        js(driver).executeScript("arguments[0].click()", byId(driver, "wordlist-buckwalter"));
        waitUntil(
                driver,
                d -> gridRows(d, "wordlist-grid")
                        .get(60)
                        .get(1)
                        .equals(Buckwalter.transliterate(
                                api.get("rows").get(60).get("word").asString())),
                "the rows transliterated");
        assertThat(gridRows(driver, "wordlist-grid"))
                .as("the rows held are drawn again, not the first page anew")
                .hasSize(100);
        assertThat(((Number) js(driver).executeScript("return arguments[0].scrollTop", table)).longValue())
                .as("where the student was (within a row)")
                .isCloseTo(scrolled, org.assertj.core.data.Offset.offset(40L));
        assertThat(js(driver)
                        .executeScript(
                                "return getComputedStyle(arguments[0].querySelector('.cell-word')).direction", table))
                .as("a transliteration runs left to right")
                .isEqualTo("ltr");
    }

    @Test
    void a_new_result_draws_the_rows_that_fill_the_box_at_once_and_the_rest_after_the_next_frame() {
        open("wordlist?lang=en");
        waitForRows(driver, "wordlist-grid", 50);
        var table = byId(driver, "wordlist-grid");
        List<String> all = gridRows(driver, "wordlist-grid").stream()
                .map(row -> row.get(1))
                .toList();
        Map<?, ?> at = (Map<?, ?>) js(driver).executeScript("""
                        const t = arguments[0];
                        t.rows = t.rows.slice();
                        const drawn = t.querySelectorAll('tbody tr[data-index]');
                        return {drawn: drawn.length, drawing: t.hasAttribute('drawing'),
                                lastBottom: drawn[drawn.length - 1].getBoundingClientRect().bottom,
                                boxBottom: t.getBoundingClientRect().bottom};""", table);
        // the rows that fill the table's box (a row's height measured at the first result's drawing), not all 50
        assertThat(((Number) at.get("drawn")).intValue())
                .as("the rows drawn in the task that set them")
                .isBetween(5, 40);
        assertThat(((Number) at.get("lastBottom")).doubleValue())
                .as("the last row drawn at once reaches the bottom of the table's box")
                .isGreaterThanOrEqualTo(((Number) at.get("boxBottom")).doubleValue());
        assertThat(at.get("drawing")).isEqualTo(true);
        waitUntil(driver, d -> gridRows(d, "wordlist-grid").size() == 50, "the rest of the rows is drawn");
        waitForVaadin(driver);
        assertThat(table.getAttribute("drawing")).isNull();
        assertThat(gridRows(driver, "wordlist-grid").stream().map(row -> row.get(1)))
                .containsExactlyElementsOf(all);

        // a page from the server while rows wait draws them first, so the rows stay in order
        long indexesInOrder = (Long) js(driver).executeScript("""
                        const t = arguments[0];
                        const rows = t.rows.slice();
                        t.rows = rows;
                        t.appendRows(50, rows.slice(0, 10));
                        return [...t.querySelectorAll('tbody tr[data-index]')]
                          .filter((tr, i) => Number(tr.dataset.index) === i).length;""", table);
        assertThat(indexesInOrder).isEqualTo(60);
    }

    @Test
    void a_click_on_one_of_the_forms_opens_that_words_analysis_and_a_click_on_a_figure_the_concordance() {
        JsonNode row = api("api/corpora/bundled/wordlist?level=lemma&filter=" + enc(LEMMA))
                .get("rows")
                .get(0);
        String[] forms = row.get("forms").asString().split(" ");
        assertThat(forms).as("the lemma's forms").hasSizeGreaterThan(1);
        open("wordlist?lang=en&level=lemma&filter=" + enc(LEMMA));
        waitForRows(driver, "wordlist-grid", 1);

        clickWord(gridCell(driver, "wordlist-grid", 0, 7), 1);
        waitUntil(driver, d -> present(d, "word-panel-form"), "the word panel opens");
        waitForVaadin(driver);
        assertThat(panelForm()).as("the form clicked, the second").isEqualTo(forms[1]);
        assertThat(location(driver)).as("the concordance did not open").startsWith("wordlist");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        waitUntil(driver, d -> !present(d, "word-panel"), "Escape closes the panel");

        gridCell(driver, "wordlist-grid", 0, 3).click();
        waitUntil(driver, d -> location(d).startsWith("concordance?"), "a click on a figure opens the concordance");
        assertThat(location(driver)).contains(LEMMA);
    }

    @Test
    void the_keyboard_reaches_the_headers_sorts_from_them_and_enter_on_a_word_or_a_figure_does_what_a_click_does() {
        open("wordlist?lang=en");
        waitForRows(driver, "wordlist-grid", 3);
        var table = byId(driver, "wordlist-grid");
        js(driver).executeScript("arguments[0].focus()", gridCell(driver, "wordlist-grid", 0, 1));
        new Actions(driver).sendKeys(Keys.ARROW_UP).perform();
        assertThat(js(driver)
                        .executeScript("return document.activeElement.localName + ':' + document.activeElement"
                                + ".querySelector('.column-header').dataset.key"))
                .as("up from the first row: the header")
                .isEqualTo("th:word");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitUntil(driver, d -> location(d).contains("sort=word"), "Enter on the header sorts by it");
        List<String> alphabetical = words(api("api/corpora/bundled/wordlist?limit=3&sort=word"));
        waitUntil(
                driver,
                d -> gridRows(d, "wordlist-grid").stream()
                        .limit(3)
                        .map(r -> r.get(1))
                        .toList()
                        .equals(alphabetical),
                "the rows in the API's alphabetical order");
        assertThat(js(driver).executeScript("return document.activeElement.getAttribute('aria-sort')"))
                .isEqualTo("ascending");
        assertThat(js(driver).executeScript("return arguments[0].querySelectorAll('[tabindex=\"0\"]').length", table))
                .as("the table is one Tab stop")
                .isEqualTo(1L);

        new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitUntil(driver, d -> present(d, "word-panel-form"), "Enter on a word opens its analysis");
        waitForVaadin(driver);
        assertThat(panelForm()).isEqualTo(alphabetical.getFirst());
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        waitUntil(driver, d -> !present(d, "word-panel"), "Escape closes the panel");

        js(driver).executeScript("arguments[0].focus()", gridCell(driver, "wordlist-grid", 0, 1));
        new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitUntil(driver, d -> location(d).startsWith("concordance?"), "Enter on a figure opens the concordance");
        assertThat(location(driver)).contains(alphabetical.getFirst());
    }

    @Test
    void on_a_phone_the_collocate_stays_in_view_when_the_table_scrolls_sideways() {
        Screenshots.emulate(driver, 390, 844, 1);
        try {
            for (String lang : List.of("en", "ar")) {
                open("collocates?lang=" + lang + "&q=" + enc(NODE));
                waitForRows(driver, "collocates-grid", 3);
                var table = byId(driver, "collocates-grid");
                js(driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", table);
                @SuppressWarnings("unchecked")
                Map<String, Number> moved = (Map<String, Number>) js(driver).executeAsyncScript("""
                                const table = arguments[0], done = arguments[arguments.length - 1];
                                const cells = () => [...table.querySelectorAll('tbody tr:first-child td')];
                                const before = cells().map(td => td.getBoundingClientRect().left);
                                const wide = table.scrollWidth - table.clientWidth;
                                table.scrollLeft = getComputedStyle(table).direction === 'rtl' ? -200 : 200;
                                requestAnimationFrame(() => {
                                  const after = cells().map(td => td.getBoundingClientRect().left);
                                  done({wide, word: after[0] - before[0], other: after[2] - before[2]});
                                });""", table);
                assertThat(moved.get("wide").doubleValue())
                        .as("the table is wider than a phone (%s)", lang)
                        .isPositive();
                assertThat(Math.abs(moved.get("other").doubleValue()))
                        .as("the figures scroll (%s)", lang)
                        .isGreaterThan(100);
                assertThat(Math.abs(moved.get("word").doubleValue()))
                        .as("the collocate stays (%s)", lang)
                        .isLessThan(1);
                shoot("collocates-scrolled-" + lang + "-390");
            }
        } finally {
            Screenshots.unemulate(driver);
        }
    }

    @Test
    void a_result_without_rows_says_so() throws IOException {
        open("wordlist?lang=en&filter=" + enc("qqqq"));
        waitForVaadin(driver);
        waitUntil(
                driver,
                d -> present(d, "wordlist-grid")
                        && !text(d, byId(d, "wordlist-grid")).isEmpty(),
                "the table says something");
        assertThat(gridSize(driver, "wordlist-grid")).isZero();
        assertThat(gridRows(driver, "wordlist-grid")).isEmpty();
        Properties english = new Properties();
        try (Reader in = new InputStreamReader(
                getClass().getResourceAsStream("/vaadin-i18n/translations.properties"), StandardCharsets.UTF_8)) {
            english.load(in);
        }
        assertThat(text(driver, byId(driver, "wordlist-grid").findElement(org.openqa.selenium.By.cssSelector("tbody"))))
                .isEqualTo(english.getProperty("table.none"));
    }

    /**
     * Screenshots of the four tables in both languages at 1366×768 and 390×844 (the phone also at twice the pixels, to
     * look at the dots and marks): {@code target/screenshots/table-<tool>-<lang>-<width>[-2x].png}. The page itself
     * never scrolls sideways: a table wider than the screen scrolls inside its own box.
     */
    @Test
    void the_tables_are_drawn_inside_the_page_at_a_laptop_and_a_phone_size() {
        try {
            for (String lang : List.of("en", "ar")) {
                for (int[] size : new int[][] {{1366, 768, 1}, {390, 844, 1}, {390, 844, 2}}) {
                    Screenshots.emulate(driver, size[0], size[1], size[2]);
                    for (String page :
                            List.of("wordlist", "collocates?q=" + enc(NODE), "keywords?where=source%3ART", "ngrams")) {
                        String tool = page.replaceFirst("\\?.*", "");
                        open(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
                        waitForRows(driver, tool + "-grid", 3);
                        js(driver)
                                .executeScript(
                                        "arguments[0].scrollIntoView({block: 'end'})", byId(driver, tool + "-grid"));
                        assertThat(((Number)
                                                js(driver)
                                                        .executeScript(
                                                                "const s = document.scrollingElement; return s.scrollWidth - s.clientWidth"))
                                        .intValue())
                                .as("the page's sideways overflow: %s at %d px in %s", tool, size[0], lang)
                                .isLessThanOrEqualTo(0);
                        double off = ((Number) js(driver).executeScript(WORD_OFF_HEADER, byId(driver, tool + "-grid")))
                                .doubleValue();
                        assertThat(Math.abs(off))
                                .as("the first word starts under its header: %s at %d px in %s", tool, size[0], lang)
                                .isLessThan(2.0);
                        shoot("table-" + tool + "-" + lang + "-" + size[0] + (size[2] > 1 ? "-2x" : ""));
                    }
                }
            }
        } finally {
            Screenshots.unemulate(driver);
        }
    }

    /** Clicks the middle of word {@code n} (from 0) of the cell's text, where a student's pointer would be. */
    @SuppressWarnings("unchecked")
    private void clickWord(org.openqa.selenium.WebElement cell, int n) {
        js(driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", cell);
        Map<String, Number> at = (Map<String, Number>) js(driver).executeScript("""
                        const node = arguments[0].querySelector('.cell-word').firstChild;
                        const words = [...node.data.matchAll(/\\S+/g)];
                        const w = words[arguments[1]];
                        const r = document.createRange();
                        r.setStart(node, w.index);
                        r.setEnd(node, w.index + w[0].length);
                        const b = r.getBoundingClientRect();
                        return {x: Math.round(b.left + b.width / 2), y: Math.round(b.top + b.height / 2)};""", cell, n);
        new Actions(driver)
                .moveToLocation(at.get("x").intValue(), at.get("y").intValue())
                .click()
                .perform();
        waitForVaadin(driver);
    }

    private static List<String> words(JsonNode answer) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode row : answer.get("rows")) {
            out.add(row.get("word").asString());
        }
        return out;
    }

    /** The word the open word panel analyses: the first value cell of its row of forms. */
    private String panelForm() {
        return text(driver, byId(driver, "word-panel-form").findElement(org.openqa.selenium.By.cssSelector("td")));
    }

    private void shoot(String name) {
        try {
            Files.createDirectories(Screenshots.FOLDER);
            Files.write(
                    Screenshots.FOLDER.resolve(name + ".png"),
                    ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
