package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.blankToNull;
import static org.siyaq.browser.VaadinPage.byId;
import static org.siyaq.browser.VaadinPage.click;
import static org.siyaq.browser.VaadinPage.gridCell;
import static org.siyaq.browser.VaadinPage.gridSize;
import static org.siyaq.browser.VaadinPage.js;
import static org.siyaq.browser.VaadinPage.location;
import static org.siyaq.browser.VaadinPage.number;
import static org.siyaq.browser.VaadinPage.numbers;
import static org.siyaq.browser.VaadinPage.present;
import static org.siyaq.browser.VaadinPage.rawQuery;
import static org.siyaq.browser.VaadinPage.text;
import static org.siyaq.browser.VaadinPage.waitForRows;
import static org.siyaq.browser.VaadinPage.waitForVaadin;
import static org.siyaq.browser.VaadinPage.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.JsonNode;

/**
 * The keywords page and the concordance's dispersion plot in Chromium, in English and Arabic: each
 * shows the API's numbers for the settings in its address, and a click opens the right place. Each
 * test leaves screenshots at a laptop and a phone size in {@code target/screenshots/}.
 */
class PicturesBrowserIT extends BrowserTestSupport {

    private static final String NODE = "روسيا";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void the_keywords_page_shows_the_api_table_and_opens_the_word_in_the_target_and_in_the_reference(String lang) {
        open("keywords?where=source%3ART&lang=" + lang);
        List<List<String>> rows = waitForRows(driver, "keywords-grid", 3);
        JsonNode table = api("api/corpora/bundled/keywords?" + rawQuery(driver));
        assertThat(gridSize(driver, "keywords-grid"))
                .isEqualTo(table.get("total_rows").asLong());
        JsonNode top = table.get("rows").get(0);
        assertThat(rows.getFirst().getFirst()).isEqualTo(top.get("word").asString());
        assertThat(number(rows.getFirst().get(1))).isEqualTo(top.get("freq").asLong());
        assertThat(number(rows.getFirst().get(2))).isEqualTo(top.get("freq_ref").asLong());
        screenshots("keywords-" + lang, "keywords-summary");

        gridCell(driver, "keywords-grid", 0, 0).click();
        waitUntil(driver, d -> location(d).startsWith("concordance?"), "the word's concordance opens");
        assertThat(location(driver)).contains("where=source:RT");
        assertThat(concordanceTotal())
                .as("the hits in the target")
                .isEqualTo(top.get("freq").asLong());

        driver.navigate().back();
        waitForRows(driver, "keywords-grid", 1);
        // the last column is beyond the table's width at 1366 px: scrolled to, as a student would
        var inReference = gridCell(driver, "keywords-grid", 0, 9)
                .findElement(org.openqa.selenium.By.cssSelector("button.keywords-in-reference"));
        js(driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", inReference);
        inReference.click();
        waitUntil(driver, d -> location(d).startsWith("concordance?"), "the word's concordance in the reference opens");
        // the reference is the rest of the corpus: every document but RT's (the complement), not the whole corpus
        assertThat(location(driver)).contains("where=!source:RT");
        assertThat(concordanceTotal())
                .as("the hits in the reference")
                .isEqualTo(top.get("freq_ref").asLong());
    }

    /**
     * Draws the PNG of every picture in the page's browser and checks what it would download: catches the
     * script's click on its download link, and reads the file back (type, PNG signature, size, ink).
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "dispersion|concordance?plot=dispersion&q=",
                "bymeta|concordance?bars=source&q=",
                "network|collocates?net=8&q=",
                "cloud|keywords?where=source%3ART&cloud=log_likelihood&x="
            })
    void a_pictures_png_download_is_a_png_at_twice_the_size_of_its_svg(String picture) {
        String id = picture.substring(0, picture.indexOf('|'));
        open(picture.substring(picture.indexOf('|') + 1) + enc(NODE));
        WebElement svgLink = byId(driver, id + "-svg");
        String href =
                waitUntil(driver, d -> blankToNull(svgLink.getDomProperty("href")), "the SVG link points somewhere");
        // the SVG's own size, from the file the SVG link downloads (in the page's session)
        @SuppressWarnings("unchecked")
        Map<String, Object> svg = (Map<String, Object>) js(driver).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0]).then(r => r.text()).then(t => {
                          const root = new DOMParser().parseFromString(t, 'image/svg+xml').documentElement;
                          done({width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height'))});
                        });
                        """, href);
        // the page's policy (connect-src 'self') forbids fetching a blob: address, so the canvas's blob is
        // caught where it is made, and the download link's click is caught so that no file dialog opens
        js(driver).executeScript("""
                window.__png = null;
                let made = null;
                const toBlob = HTMLCanvasElement.prototype.toBlob;
                HTMLCanvasElement.prototype.toBlob = function (done, type, quality) {
                  return toBlob.call(this, blob => { made = blob; done(blob); }, type, quality);
                };
                const click = HTMLAnchorElement.prototype.click;
                HTMLAnchorElement.prototype.click = function () {
                  if (!this.download || !this.download.endsWith('.png') || made === null) { return click.call(this); }
                  const name = this.download;
                  const blob = made;
                  (async () => {
                    const bytes = new Uint8Array(await blob.arrayBuffer());
                    const image = await createImageBitmap(blob);
                    const canvas = new OffscreenCanvas(image.width, image.height);
                    const g = canvas.getContext('2d');
                    g.drawImage(image, 0, 0);
                    const pixels = g.getImageData(0, 0, image.width, image.height).data;
                    let ink = 0;
                    for (let i = 0; i < pixels.length; i += 4) {
                      if (pixels[i] < 128 || pixels[i + 1] < 128 || pixels[i + 2] < 128) { ink++; }
                    }
                    window.__png = {name, type: blob.type, signature: Array.from(bytes.slice(0, 8)),
                                    width: image.width, height: image.height, ink};
                  })();
                };
                """);
        // the pictures are far down the page: bring the button to the middle, clear of the sticky header
        js(driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", byId(driver, id + "-png"));
        click(driver, id + "-png");
        @SuppressWarnings("unchecked")
        Map<String, Object> png = waitUntil(
                driver, d -> (Map<String, Object>) js(d).executeScript("return window.__png"), "the PNG is drawn");
        assertThat(png.get("type")).isEqualTo("image/png");
        assertThat(png.get("name").toString()).endsWith(".png");
        // the PNG signature, RFC 2083 section 3.1: 137 80 78 71 13 10 26 10
        assertThat(png.get("signature")).isEqualTo(List.of(137L, 80L, 78L, 71L, 13L, 10L, 26L, 10L));
        assertThat(((Number) png.get("width")).longValue())
                .as("twice the SVG's width")
                .isEqualTo(2 * ((Number) svg.get("width")).longValue());
        assertThat(((Number) png.get("height")).longValue())
                .as("twice the SVG's height")
                .isEqualTo(2 * ((Number) svg.get("height")).longValue());
        // the picture is drawn, not a white page: its text and marks cover some pixels
        assertThat(((Number) png.get("ink")).longValue()).isGreaterThan(500);
    }

    private long concordanceTotal() {
        String summary =
                waitUntil(driver, d -> blankToNull(text(d, byId(d, "concordance-summary"))), "the hit count shows");
        return numbers(summary).getFirst();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void the_dispersion_plot_draws_a_tick_per_hit_where_the_api_says_and_a_click_opens_the_document_there(String lang) {
        open("concordance?q=" + enc(NODE) + "&plot=dispersion&lang=" + lang);
        List<List<String>> rows = waitForRows(driver, "dispersion-grid", 3);
        JsonNode api = api("api/corpora/bundled/concordance/dispersion?limit=1000&q=" + enc(NODE));
        assertThat(gridSize(driver, "dispersion-grid"))
                .isEqualTo(api.get("total_rows").asLong());
        assertThat(numbers(text(driver, byId(driver, "dispersion-summary"))).getFirst())
                .isEqualTo(api.get("hits").asLong());
        for (int i = 0; i < Math.min(rows.size(), 5); i++) {
            JsonNode expected = api.get("rows").get(i);
            assertThat(rows.get(i).getFirst())
                    .isEqualTo(expected.get("doc_title").asString());
            assertThat(number(rows.get(i).get(2)))
                    .isEqualTo(expected.get("hits").asLong());
            WebElement strip = strip(i);
            assertThat(strip.getDomAttribute("data-positions"))
                    .isEqualTo(expected.get("positions").asString());
            assertThat(ticks(strip))
                    .as("one tick per hit, one per half pixel at most")
                    .isEqualTo(expectedTicks(
                            expected.get("positions").asString(),
                            expected.get("tokens").asInt()));
        }
        screenshots("dispersion-" + lang, "concordance-dispersion");

        JsonNode first = api.get("rows").get(0);
        int position = Integer.parseInt(first.get("positions").asString().split(" ")[0]);
        WebElement strip = strip(0);
        int width = strip.getSize().getWidth();
        double x = width - (position + 0.5) * width / first.get("tokens").asDouble();
        new Actions(driver)
                .moveToElement(strip, (int) Math.round(x - width / 2.0), 0)
                .click()
                .perform();
        waitUntil(
                driver,
                d -> location(d).startsWith("documents/" + first.get("doc_id").asInt() + "?"),
                "the document opens");
        waitForVaadin(driver);
        String hit = waitUntil(driver, d -> blankToNull(text(d, byId(d, "document-hit"))), "the hit is marked");
        JsonNode line = api("api/corpora/bundled/concordance?limit=1&q=" + enc(NODE));
        assertThat(line.get("lines").get(0).get("doc_id").asInt())
                .isEqualTo(first.get("doc_id").asInt());
        assertThat(hit).isEqualTo(line.get("lines").get(0).get("node").asString());
        assertThat(location(driver))
                .contains("from=" + line.get("lines").get(0).get("node_start").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void the_hits_by_source_are_bars_with_the_api_numbers_and_a_click_on_a_value_opens_its_concordance(String lang) {
        open("concordance?q=" + enc(NODE) + "&bars=source&lang=" + lang);
        List<List<String>> rows = waitForRows(driver, "bymeta-grid", 2);
        JsonNode api = api("api/corpora/bundled/concordance/by-metadata?field=source&q=" + enc(NODE))
                .get("rows");
        assertThat(rows).hasSize(api.size());
        String svg = svg(byId(driver, "bymeta-chart"));
        for (int i = 0; i < api.size(); i++) {
            JsonNode row = api.get(i);
            assertThat(number(rows.get(i).get(3))).isEqualTo(row.get("hits").asLong());
            if (!row.get("value").isNull()) {
                assertThat(rows.get(i).getFirst()).isEqualTo(row.get("value").asString());
                assertThat(svg)
                        .as("a bar for %s", row.get("value").asString())
                        .contains("data-value=\"" + row.get("value").asString() + "\" data-hits=\""
                                + row.get("hits").asInt() + "\"");
            }
        }
        screenshots("bymeta-" + lang, "concordance-metadata");

        JsonNode first = api.get(0);
        gridCell(driver, "bymeta-grid", 0, 0).click();
        waitUntil(
                driver,
                d -> location(d).contains("where=source:" + first.get("value").asString()),
                "the value's concordance opens");
        assertThat(concordanceTotal()).isEqualTo(first.get("hits").asLong());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void the_collocation_network_shows_the_api_collocates_and_a_click_adds_a_collocates_own_collocates(String lang) {
        open("collocates?q=" + enc(NODE) + "&net=8&lang=" + lang);
        waitForRows(driver, "network-grid", 8);
        JsonNode first =
                api("api/corpora/bundled/collocates?limit=8&q=" + enc(NODE)).get("rows");
        String svg = svg(byId(driver, "network-picture"));
        for (JsonNode row : first) {
            assertThat(svg)
                    .contains("data-word=\"" + row.get("word").asString() + "\" data-o11=\""
                            + row.get("O11").asInt() + "\"");
        }
        String collocate = first.get(0).get("word").asString();
        WebElement cell = gridCell(driver, "network-grid", 0, 0);
        js(driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", cell);
        cell.click();
        waitUntil(driver, d -> location(d).contains("expand=" + collocate), "the expanded collocate is in the address");
        JsonNode second = api("api/corpora/bundled/collocates?limit=5&q=" + enc(collocate));
        String expanded = waitUntil(
                driver,
                d -> {
                    String now = svg(byId(d, "network-picture"));
                    return now.contains("data-parent=") ? now : null;
                },
                "the second-order collocates are drawn");
        for (JsonNode row : second.get("rows")) {
            assertThat(expanded)
                    .contains("data-word=\"" + row.get("word").asString() + "\" data-o11=\""
                            + row.get("O11").asInt() + "\" data-parent=\"" + collocate + "\"");
        }
        screenshots("network-" + lang, "collocates-network");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void the_word_cloud_draws_the_positive_keywords_and_a_click_on_a_word_opens_its_concordance(String lang) {
        open("keywords?where=source%3ART&cloud=log_likelihood&lang=" + lang);
        WebElement image = waitUntil(
                driver,
                d -> present(d, "cloud-picture") && byId(d, "cloud-picture").getDomAttribute("src") != null
                        ? byId(d, "cloud-picture")
                        : null,
                "the cloud is drawn");
        JsonNode positive = api("api/corpora/bundled/keywords?where=source%3ART&show=positive&limit=60")
                .get("rows");
        String svg = svg(image);
        JsonNode top = positive.get(0);
        assertThat(svg).contains(">" + top.get("word").asString() + "</text>");
        screenshots("cloud-" + lang, "keywords-cloud");

        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "<text x=\"([0-9.]+)\" y=\"([0-9.]+)\"[^>]*font-size=\"([0-9.]+)\"[^>]*>"
                                + java.util.regex.Pattern.quote(top.get("word").asString()) + "</text>")
                .matcher(svg);
        assertThat(m.find()).isTrue();
        image = byId(driver, "cloud-picture");
        js(driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", image);
        double scale = image.getSize().getWidth() / 900.0;
        double x = Double.parseDouble(m.group(1)) * scale;
        double y = (Double.parseDouble(m.group(2)) - 0.35 * Double.parseDouble(m.group(3))) * scale;
        new Actions(driver)
                .moveToElement(image, (int) Math.round(x - image.getSize().getWidth() / 2.0), (int)
                        Math.round(y - image.getSize().getHeight() / 2.0))
                .click()
                .perform();
        waitUntil(driver, d -> location(d).startsWith("concordance?"), "the word's concordance opens");
        assertThat(concordanceTotal()).isEqualTo(top.get("freq").asLong());
    }

    private static String svg(WebElement image) {
        String src = image.getDomAttribute("src");
        return new String(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)), StandardCharsets.UTF_8);
    }

    private WebElement strip(int row) {
        return gridCell(driver, "dispersion-grid", row, 4).findElement(org.openqa.selenium.By.cssSelector("img"));
    }

    /** The vertical line commands of the strip's path. */
    private static int ticks(WebElement strip) {
        String path = svg(strip).replaceAll("(?s).*<path d=\"([^\"]*)\".*", "$1");
        return path.isEmpty() ? 0 : path.split("M").length - 1;
    }

    /** The ticks a 600-unit strip has: one per distinct half unit of {@code 600 − (p + 0.5) · 600 / L}. */
    private static int expectedTicks(String positions, int tokens) {
        Set<Double> xs = new LinkedHashSet<>();
        for (String p : positions.split(" ")) {
            xs.add(Math.round(2 * (600 - (Integer.parseInt(p) + 0.5) * 600 / tokens)) / 2.0);
        }
        return xs.size();
    }

    /** Screenshots at a laptop and a phone size, with {@code elementId} scrolled to the top of the window. */
    private void screenshots(String name, String elementId) {
        Screenshots.take(driver, name, elementId);
    }
}
