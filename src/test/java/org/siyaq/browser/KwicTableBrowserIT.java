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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The concordance's table of lines ({@code <siyaq-table>}, issue 15, seventh session: a plain table drawn from the
 * page's rows instead of Vaadin's grid) does what the grid did: the first page at once and the next when scrolled to,
 * a click on a line opens it in the reader and a click on its keyword the word's analysis, the arrow keys move between
 * cells and Enter opens the focused line, the hide button hides a line, and a line's text that looks like markup is
 * shown as text. On a corpus of its own: {@value #LINES} one-sentence documents, each with the word في once, and
 * with HTML tags in their text.
 */
class KwicTableBrowserIT extends BrowserTestSupport {

    private static final String CORPUS = "markup";
    private static final int LINES = 60;
    /** In every document: the node, a bold tag and an image whose error handler would mark the page. */
    private static final String NODE = "في";

    @DynamicPropertySource
    static void markupCorpus(DynamicPropertyRegistry registry) {
        Path folder = corporaFolder().resolve(CORPUS);
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < LINES; i++) {
                Files.writeString(
                        folder.resolve(String.format(Locale.ROOT, "doc-%03d.txt", i)),
                        "كتب الطالب <b>درسا</b> رقم " + (i + 1) + " " + NODE
                                + " المدرسة <img src=x onerror=\"document.body.dataset.xss=1\">.\n");
            }
            Files.writeString(
                    folder.resolve("corpus.json"),
                    "{\"name\": \"Markup\", \"description\": \"Tags in the text\", \"visibility\": \"class\"}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String page() {
        waitUntil(
                driver,
                d -> httpGet("api/corpora/" + CORPUS).statusCode() == 200
                        && api("api/corpora/" + CORPUS)
                                .path("state")
                                .asString("ready")
                                .equals("ready"),
                "the corpus is loaded");
        return "concordance?corpus=" + CORPUS + "&q=" + enc(NODE);
    }

    @Test
    void the_first_page_comes_at_once_and_the_next_when_the_table_is_scrolled_to_its_end() {
        open(page() + "&lang=en");
        waitForRows(driver, "concordance-grid", 1);
        assertThat(gridSize(driver, "concordance-grid")).isEqualTo(LINES);
        assertThat(gridRows(driver, "concordance-grid"))
                .as("only the first page is drawn")
                .hasSize(50);

        js(driver)
                .executeScript("arguments[0].scrollTop = arguments[0].scrollHeight", byId(driver, "concordance-grid"));
        waitUntil(driver, d -> gridRows(d, "concordance-grid").size() == LINES, "the second page is drawn");
        waitForVaadin(driver);
        JsonNode api = api("api/corpora/" + CORPUS + "/concordance?q=" + enc(NODE) + "&limit=100");
        List<List<String>> rows = gridRows(driver, "concordance-grid");
        for (int i : new int[] {0, 49, 50, LINES - 1}) {
            JsonNode line = api.get("lines").get(i);
            assertThat(rows.get(i).getFirst())
                    .as("line %d is the API's", i)
                    .contains(line.get("node").asString())
                    .contains(line.get("after").asString().strip());
        }
    }

    @Test
    void markup_in_a_line_is_shown_as_text_and_never_made_elements() {
        open(page() + "&lang=ar");
        waitForRows(driver, "concordance-grid", 3);
        var grid = byId(driver, "concordance-grid");
        assertThat(grid.findElements(By.cssSelector("b, img")))
                .as("no element from the text")
                .isEmpty();
        assertThat(text(driver, gridCell(driver, "concordance-grid", 0, 0))).contains("<b>درسا</b>", "<img src=x");
        assertThat(js(driver).executeScript("return document.body.dataset.xss || ''"))
                .isEqualTo("");
        // the document's title (its first words) too: a text node in its cell
        assertThat(gridCell(driver, "concordance-grid", 0, 1).findElements(By.cssSelector("b, img")))
                .isEmpty();
    }

    @Test
    void arrow_keys_move_between_cells_in_the_page_direction_and_enter_opens_the_focused_line() {
        open(page() + "&lang=ar");
        waitForRows(driver, "concordance-grid", 3);
        JsonNode second = api("api/corpora/" + CORPUS + "/concordance?q=" + enc(NODE) + "&limit=2")
                .get("lines")
                .get(1);
        js(driver).executeScript("arguments[0].focus()", gridCell(driver, "concordance-grid", 0, 0));
        new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        assertThat(focused()).as("down: the next line").isEqualTo("1:0");
        // in Arabic the columns run right to left: the document's column is on the left of the line's
        new Actions(driver).sendKeys(Keys.ARROW_LEFT).perform();
        assertThat(focused()).as("left in Arabic: the next column").isEqualTo("1:1");
        new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
        assertThat(focused()).isEqualTo("1:0");
        new Actions(driver).sendKeys(Keys.END).perform();
        assertThat(js(driver).executeScript("return document.activeElement.className"))
                .as("End: the hide button of the line")
                .isEqualTo("hide-line");
        new Actions(driver).sendKeys(Keys.HOME).perform();
        assertThat(focused()).isEqualTo("1:0");
        assertThat(js(driver)
                        .executeScript(
                                "return [...arguments[0].querySelectorAll('[tabindex=\"0\"]')].length",
                                byId(driver, "concordance-grid")))
                .as("the table is one Tab stop")
                .isEqualTo(1L);

        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitUntil(
                driver,
                d -> location(d).startsWith("documents/" + second.get("doc_id").asInt()),
                "Enter opens the focused line's document");
    }

    @Test
    void a_click_on_the_keyword_opens_the_word_panel_and_a_click_beside_it_the_document() {
        open(page() + "&lang=en");
        waitForRows(driver, "concordance-grid", 3);
        var node = gridCell(driver, "concordance-grid", 2, 0).findElement(By.cssSelector(".kwic-node"));
        js(driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", node);
        node.click();
        waitUntil(driver, d -> present(d, "word-panel"), "the word panel opens");
        assertThat(location(driver)).as("no document opened").startsWith("concordance");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        waitUntil(driver, d -> !present(d, "word-panel"), "Escape closes the panel");

        JsonNode third = api("api/corpora/" + CORPUS + "/concordance?q=" + enc(NODE) + "&limit=3")
                .get("lines")
                .get(2);
        gridCell(driver, "concordance-grid", 2, 0)
                .findElement(By.cssSelector(".kwic-after"))
                .click();
        waitUntil(
                driver,
                d -> location(d).startsWith("documents/" + third.get("doc_id").asInt()),
                "a click beside the keyword opens the line's document");
    }

    @Test
    void the_hide_button_hides_its_line_and_nothing_else() {
        open(page() + "&lang=en");
        waitForRows(driver, "concordance-grid", 3);
        String hiddenLine = text(driver, gridCell(driver, "concordance-grid", 1, 0));
        var hide = gridCell(driver, "concordance-grid", 1, 2).findElement(By.cssSelector("button.hide-line"));
        js(driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", hide);
        hide.click();
        waitUntil(driver, d -> gridSize(d, "concordance-grid") == LINES - 1, "one line fewer");
        assertThat(location(driver)).startsWith("concordance").contains("hide=");
        assertThat(gridRows(driver, "concordance-grid"))
                .extracting(List::getFirst)
                .doesNotContain(hiddenLine);
    }

    /**
     * Screenshots of the table on the bundled corpus, English and Arabic, at 1366×768 and 390×844 (the phone also at
     * twice the pixels, to look at the dots and marks): {@code target/screenshots/kwic-table-<lang>-<width>[-2x].png}.
     * At every size the lines fit the table's width: nothing scrolls sideways.
     */
    @Test
    void the_table_fits_its_width_at_a_laptop_and_a_phone_size_in_both_languages() throws IOException {
        var chrome = (org.openqa.selenium.chrome.ChromeDriver) driver;
        Files.createDirectories(Screenshots.FOLDER);
        try {
            for (String lang : List.of("en", "ar")) {
                for (int[] size : new int[][] {{1366, 768, 1}, {390, 844, 1}, {390, 844, 2}}) {
                    chrome.executeCdpCommand(
                            "Emulation.setDeviceMetricsOverride",
                            java.util.Map.of(
                                    "width",
                                    size[0],
                                    "height",
                                    size[1],
                                    "deviceScaleFactor",
                                    size[2],
                                    "mobile",
                                    false));
                    open("concordance?lang=" + lang + "&q=" + enc("روسيا"));
                    waitForRows(driver, "concordance-grid", 3);
                    var grid = byId(driver, "concordance-grid");
                    js(driver).executeScript("arguments[0].scrollIntoView({block: 'end'})", grid);
                    assertThat(((Number) js(driver)
                                            .executeScript(
                                                    "return arguments[0].scrollWidth - arguments[0].clientWidth", grid))
                                    .intValue())
                            .as("sideways overflow at %d px in %s", size[0], lang)
                            .isLessThanOrEqualTo(0);
                    Files.write(
                            Screenshots.FOLDER.resolve(
                                    "kwic-table-" + lang + "-" + size[0] + (size[2] > 1 ? "-2x" : "") + ".png"),
                            chrome.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                }
            }
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    /** The focused cell as {@code row:column} (the row's index in the result, the cell's place in the row). */
    private String focused() {
        return (String) js(driver).executeScript("""
                        const td = document.activeElement.closest('td');
                        return td ? td.parentElement.dataset.index + ':' + td.cellIndex : 'none';""");
    }
}
