package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.blankToNull;
import static org.siyaq.browser.VaadinPage.byId;
import static org.siyaq.browser.VaadinPage.choose;
import static org.siyaq.browser.VaadinPage.click;
import static org.siyaq.browser.VaadinPage.gridCell;
import static org.siyaq.browser.VaadinPage.gridSize;
import static org.siyaq.browser.VaadinPage.js;
import static org.siyaq.browser.VaadinPage.location;
import static org.siyaq.browser.VaadinPage.normalizeSpace;
import static org.siyaq.browser.VaadinPage.numbers;
import static org.siyaq.browser.VaadinPage.text;
import static org.siyaq.browser.VaadinPage.type;
import static org.siyaq.browser.VaadinPage.waitForRows;
import static org.siyaq.browser.VaadinPage.waitForVaadin;
import static org.siyaq.browser.VaadinPage.waitUntil;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The concordance as a student uses it in Chromium on the bundled corpus: the hit count, sorting, a
 * click into the document, the CSV download, the Arabic interface and a bad query. What the page
 * should show is read from the HTTP API, which runs on the same services.
 */
class ConcordanceBrowserIT extends BrowserTestSupport {

    private static final String WORD = "روسيا";
    private static final String API = "api/corpora/bundled/concordance?q=" + enc(WORD);

    @Test
    void a_student_runs_a_concordance_sorts_it_and_opens_a_line_in_its_document() {
        JsonNode corpusOrder = api(API);
        int total = corpusOrder.get("total").asInt();
        assertThat(total).as("the bundled corpus holds the word").isGreaterThan(1);

        open("concordance");
        type(driver, "concordance-query", WORD);
        click(driver, "concordance-run");
        String summary =
                waitUntil(driver, d -> blankToNull(text(d, byId(d, "concordance-summary"))), "the hit count shows");
        assertThat(numbers(summary))
                .as(summary)
                .containsExactly((long) total, corpusOrder.get("documents").asLong());
        waitForRows(driver, "concordance-grid", 1);
        assertThat(gridSize(driver, "concordance-grid")).isEqualTo(total);
        assertThat(location(driver)).contains("q=" + WORD);

        choose(driver, "concordance-sort", "1st word after");
        waitUntil(driver, d -> location(d).contains("sort=after1"), "the sort is in the address");
        JsonNode sorted = api(API + "&sort=after1&limit=5");
        List<List<String>> expected = new ArrayList<>();
        for (JsonNode line : sorted.get("lines")) {
            expected.add(List.of(
                    normalizeSpace(line.get("before").asString()),
                    line.get("node").asString(),
                    normalizeSpace(line.get("after").asString())));
        }
        waitUntil(
                driver,
                d -> kwicLines(expected.size()).equals(expected),
                "the first lines are in the API's after1 order: " + expected);

        JsonNode first = sorted.get("lines").get(0);
        // the page now holds the CQL help and the pictures too: bring the line to the middle before clicking it
        WebElement line = gridCell(driver, "concordance-grid", 0, 0);
        js(driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", line);
        // the context, not the keyword: a click on the keyword opens the word's analysis instead
        line.findElements(By.cssSelector(".kwic-before, .kwic-after")).stream()
                .filter(part -> !part.getText().isBlank())
                .findFirst()
                .orElseThrow()
                .click();
        waitUntil(
                driver,
                d -> location(d).matches("documents/" + first.get("doc_id").asInt() + "(\\?.*)?"),
                "the document of the first line opens");
        WebElement hit = byId(driver, "document-hit");
        assertThat(hit.getTagName()).isEqualTo("mark");
        assertThat(hit.getText()).isEqualTo(first.get("node").asString());
        String text = api("api/corpora/bundled/documents/" + first.get("doc_id").asInt())
                .get("text")
                .asString();
        assertThat(text.substring(
                        first.get("node_start").asInt(), first.get("node_end").asInt()))
                .isEqualTo(hit.getText());
        waitUntil(
                driver,
                d -> (Boolean) js(d).executeScript(
                                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
                                hit),
                "the hit is scrolled into view");
    }

    @Test
    void the_csv_link_downloads_every_line_with_the_api_columns() throws IOException {
        JsonNode page = api(API + "&limit=1");
        open("concordance?q=" + enc(WORD));
        WebElement link = byId(driver, "csv-export");
        String href = waitUntil(driver, d -> blankToNull(link.getDomProperty("href")), "the CSV link points somewhere");
        assertThat(href).startsWith(baseUrl()).contains("format=csv");

        HttpResponse<String> csv = httpGet(href);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().charAt(0))
                .as("a byte-order mark, so spreadsheets read Arabic")
                .isEqualTo('\uFEFF');
        List<CSVRecord> records = CSVFormat.RFC4180
                .parse(new StringReader(csv.body().substring(1)))
                .getRecords();
        assertThat(records.getFirst().toList())
                .isEqualTo(new ArrayList<>(page.get("lines").get(0).propertyNames()));
        assertThat(records).hasSize(page.get("total").asInt() + 1);
        int node = records.getFirst().toList().indexOf("node");
        assertThat(records.get(1).get(node))
                .isEqualTo(page.get("lines").get(0).get("node").asString());
    }

    @Test
    void switching_to_arabic_turns_the_page_right_to_left_with_arabic_labels() {
        open("concordance?q=" + enc(WORD));
        waitForRows(driver, "concordance-grid", 1);
        assertThat(js(driver).executeScript("return document.documentElement.dir"))
                .isNotEqualTo("rtl");
        String englishNav = byId(driver, "nav-concordance").getText();

        click(driver, "lang-switch");
        waitUntil(
                driver,
                d -> "rtl".equals(js(d).executeScript("return document.documentElement.dir")),
                "the page turns right to left");
        waitForVaadin(driver);
        assertThat(js(driver).executeScript("return document.documentElement.lang"))
                .isEqualTo("ar");
        assertThat(location(driver)).contains("lang=ar").contains("q=" + WORD);
        waitForRows(driver, "concordance-grid", 1);
        for (String label : List.of("قبل", "بعد")) {
            assertThat(driver
                            .findElements(By.cssSelector(
                                    "#concordance-grid span.kwic-before, #concordance-grid span.kwic-after"))
                            .stream()
                            .filter(WebElement::isDisplayed)
                            .map(WebElement::getText))
                    .as("the column label %s is shown", label)
                    .contains(label);
        }
        String arabicNav = byId(driver, "nav-concordance").getText();
        assertThat(arabicNav).isNotEqualTo(englishNav).containsPattern("\\p{IsArabic}");
        assertThat(numbers(text(driver, byId(driver, "concordance-summary"))))
                .first()
                .isEqualTo(api(API).get("total").asLong());
    }

    @Test
    void a_bad_query_shows_a_message_next_to_the_box_in_the_interface_language() {
        open("concordance");
        type(driver, "concordance-query", "/[/");
        click(driver, "concordance-run");
        String english = waitUntil(driver, d -> errorMessageOf("concordance-query"), "the query box shows an error");
        assertThat(english).containsPattern("\\p{IsLatin}");
        assertThat(gridSize(driver, "concordance-grid")).isZero();
        assertThat(text(driver, byId(driver, "concordance-summary"))).isEmpty();

        open("concordance?lang=ar&q=" + enc("/[/"));
        String arabic =
                waitUntil(driver, d -> errorMessageOf("concordance-query"), "the query box shows an error in Arabic");
        assertThat(arabic).isNotEqualTo(english).containsPattern("\\p{IsArabic}");
    }

    /** The visible error message of an invalid Vaadin field, or null while the field is valid. */
    private String errorMessageOf(String fieldId) {
        WebElement field = byId(driver, fieldId);
        if (field.getDomAttribute("invalid") == null) {
            return null;
        }
        WebElement message = field.findElement(By.cssSelector("[slot=error-message]"));
        return message.isDisplayed() ? blankToNull(message.getText()) : null;
    }

    /** The before / node / after text of the first {@code n} concordance lines, as shown. */
    private List<List<String>> kwicLines(int n) {
        List<List<String>> lines = new ArrayList<>();
        for (int row = 0; row < n; row++) {
            WebElement cell = gridCell(driver, "concordance-grid", row, 0);
            lines.add(List.of(part(cell, ".kwic-before"), part(cell, ".kwic-node"), part(cell, ".kwic-after")));
        }
        return lines;
    }

    private String part(WebElement line, String css) {
        return text(driver, line.findElement(By.cssSelector(css)));
    }
}
