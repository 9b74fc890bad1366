package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.byId;
import static org.siyaq.browser.VaadinPage.gridCell;
import static org.siyaq.browser.VaadinPage.js;
import static org.siyaq.browser.VaadinPage.location;
import static org.siyaq.browser.VaadinPage.present;
import static org.siyaq.browser.VaadinPage.waitForRows;
import static org.siyaq.browser.VaadinPage.waitForVaadin;
import static org.siyaq.browser.VaadinPage.waitUntil;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Corpus text beyond the result tables in Chromium (issue 12, items 6 and 12): with the Buckwalter
 * setting on, the Documents page, the reader, the concordance's pictures and panels and the collocation
 * network hold no Arabic letter where they show the corpus; off, the Arabic is back; the setting survives
 * a click into the reader, a reload and a new address. A click on a collocate opens lines with the
 * collocate marked in each and the note on why the lines are not O11. Screenshots go to
 * {@code target/screenshots/}.
 */
class CorpusTextBrowserIT extends BrowserTestSupport {

    private static final String NODE = "روسيا";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** The text of every {@code <text>} of the SVG an {@code <img>} shows as a {@code data:} address. */
    private static final String SVG_TEXT = """
            const src = arguments[0].getAttribute('src') || '';
            const b64 = src.substring(src.indexOf(',') + 1);
            const svg = new TextDecoder().decode(Uint8Array.from(atob(b64), c => c.charCodeAt(0)));
            const root = new DOMParser().parseFromString(svg, 'image/svg+xml');
            return [...root.querySelectorAll('text')].map(t => t.textContent).join(' | ');""";

    /** The texts of the collocate marks of each rendered line of the concordance grid, in row order. */
    private static final String COLLOCATE_MARKS = """
            const grid = arguments[0];
            const lines = grid.localName === 'siyaq-table'
              ? [...grid.querySelectorAll('tbody > tr[data-index]')].map(r => r.querySelector('td'))
              : [...grid.shadowRoot.querySelectorAll('tbody#items > tr')]
              .filter(r => !r.hidden && r.index !== undefined && r.index < grid.size && !r.hasAttribute('loading'))
              .sort((a, b) => a.index - b.index)
              .map(r => r.querySelector('td')._content);
            return lines
              .filter(c => c && c.querySelector('.kwic-node') && c.querySelector('.kwic-node').textContent)
              .map(c => [...c.querySelectorAll('mark.kwic-collocate')].map(m => m.textContent));""";

    @Test
    void the_documents_the_reader_and_the_pictures_follow_the_setting_through_clicks_and_reloads() {
        open("documents?lang=en&bw=true");
        waitForRows(driver, "documents-grid", 3);
        assertThat(ticked("documents-buckwalter")).isTrue();
        waitUntil(driver, d -> !arabicInGrid("documents-grid"), "titles and metadata transliterated");
        shots("documents-bw", "documents-grid");

        gridCell(driver, "documents-grid", 0, 0).click();
        waitUntil(driver, d -> location(d).startsWith("documents/"), "the reader opens");
        waitUntil(driver, d -> !readerText().isBlank() && !arabic(readerText()), "the reader in transliteration");
        assertThat(ticked("reader-buckwalter")).isTrue();
        assertThat(location(driver)).contains("bw=true");
        driver.navigate().refresh();
        waitForVaadin(driver);
        waitUntil(driver, d -> !readerText().isBlank() && !arabic(readerText()), "still transliterated after a reload");
        shots("reader-bw", "document-title");

        js(driver).executeScript("arguments[0].click()", byId(driver, "reader-buckwalter"));
        waitForVaadin(driver);
        waitUntil(driver, d -> arabic(readerText()), "unticked: the Arabic is back in the reader");
        waitUntil(driver, d -> location(d).contains("bw=false"), "and the address says so");
        js(driver).executeScript("arguments[0].click()", byId(driver, "reader-buckwalter"));
        waitForVaadin(driver);
        waitUntil(driver, d -> !arabic(readerText()), "ticked again in the reader");

        // an address without bw: the session's setting; two pictures and the distribution open
        open("concordance?lang=en&plot=dispersion&bars=source&q=" + enc(NODE));
        waitForRows(driver, "concordance-grid", 3);
        waitForRows(driver, "dispersion-grid", 1);
        waitForRows(driver, "bymeta-grid", 1);
        assertThat(ticked("concordance-buckwalter")).isTrue();
        waitUntil(
                driver,
                d -> !arabicInGrid("concordance-grid")
                        && !arabicInGrid("dispersion-grid")
                        && !arabicInGrid("bymeta-grid")
                        && !arabic(svgText("bymeta-chart")),
                "lines, dispersion titles, metadata values and the chart transliterated");
        js(driver).executeScript("arguments[0].opened = true", byId(driver, "concordance-distribution-details"));
        waitUntil(
                driver,
                d -> present(d, "concordance-distribution")
                        && !textOf("concordance-distribution").isBlank(),
                "the distribution opens");
        assertThat(arabic(textOf("concordance-distribution"))).isFalse();
        shots("concordance-pictures-bw", "concordance-dispersion");

        js(driver).executeScript("arguments[0].click()", byId(driver, "concordance-buckwalter"));
        waitForVaadin(driver);
        waitUntil(
                driver,
                d -> arabicInGrid("dispersion-grid")
                        && arabicInGrid("bymeta-grid")
                        && arabic(svgText("bymeta-chart"))
                        && arabic(textOf("concordance-distribution")),
                "unticked on the concordance: the pictures and the distribution in Arabic again");
        js(driver).executeScript("arguments[0].click()", byId(driver, "concordance-buckwalter"));
        waitForVaadin(driver);

        open("collocates?lang=en&net=8&q=" + enc(NODE));
        waitForRows(driver, "network-grid", 3);
        waitUntil(
                driver,
                d -> !arabicInGrid("network-grid") && !arabic(svgText("network-picture")),
                "the network's words, node and title transliterated");
        // the measure by its label, not its key (log_likelihood)
        assertThat(svgText("network-picture")).contains("measure Log-likelihood");
        shots("network-bw", "collocates-network");
    }

    @Test
    void a_collocate_click_opens_lines_with_the_collocate_marked_in_each_and_the_note_on_o11() {
        open("collocates?lang=en&q=" + enc(NODE));
        List<List<String>> rows = waitForRows(driver, "collocates-grid", 1);
        String collocate = rows.getFirst().getFirst();
        gridCell(driver, "collocates-grid", 0, 0).click();
        waitUntil(driver, d -> location(d).contains("coll="), "the concordance of the collocate opens");
        waitForRows(driver, "concordance-grid", 1);
        assertThat(byId(driver, "concordance-collocate-overlap").isDisplayed()).isTrue();
        assertThat(byId(driver, "concordance-collocate-overlap").getText()).contains("O11", "overlapping");

        @SuppressWarnings("unchecked")
        List<List<String>> marks = waitUntil(
                driver,
                d -> {
                    List<List<String>> m =
                            (List<List<String>>) js(d).executeScript(COLLOCATE_MARKS, byId(d, "concordance-grid"));
                    return m.isEmpty() ? null : m;
                },
                "lines rendered");
        for (List<String> line : marks) {
            // the line is kept for the collocate in its window, and the link widens the context to the window
            assertThat(line).as("a line with no collocate marked").isNotEmpty();
            for (String marked : line) {
                JsonNode tokens = api("api/analysis?text=" + enc(marked)).get("tokens");
                assertThat(tokens.size()).as("one token marked: %s", marked).isEqualTo(1);
                assertThat(tokens.get(0).get("norm").asString())
                        .as("the marked word at the norm level")
                        .isEqualTo(collocate);
            }
        }
        shots("concordance-collocate-en", "concordance-summary");
        open(location(driver).replace("lang=en", "lang=ar"));
        waitForRows(driver, "concordance-grid", 1);
        assertThat(byId(driver, "concordance-collocate-overlap").getText()).contains("O11");
        shots("concordance-collocate-ar", "concordance-summary");
    }

    private String readerText() {
        return textOf("document-title") + " " + textOf("document-meta") + " " + textOf("document-text");
    }

    /** The element's text as the browser lays it out (innerText: slotted content, such as a grid's cells, too). */
    private String textOf(String id) {
        return (String) js(driver).executeScript("return arguments[0].innerText", byId(driver, id));
    }

    private String svgText(String imageId) {
        return (String) js(driver).executeScript(SVG_TEXT, byId(driver, imageId));
    }

    private boolean ticked(String id) {
        return byId(driver, id).getDomAttribute("checked") != null;
    }

    private static boolean arabic(String text) {
        return text != null && text.matches("(?s).*\\p{IsArabic}.*");
    }

    /** Whether the grid's rendered text shows an Arabic letter (its slotted cells' innerText: component cells too). */
    private boolean arabicInGrid(String grid) {
        waitForRows(driver, grid, 1);
        return arabic(textOf(grid));
    }

    private void shots(String name, String elementId) {
        Screenshots.take(driver, name, elementId);
    }
}
