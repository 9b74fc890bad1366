package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.blankToNull;
import static org.siyaq.browser.VaadinPage.byId;
import static org.siyaq.browser.VaadinPage.choose;
import static org.siyaq.browser.VaadinPage.click;
import static org.siyaq.browser.VaadinPage.gridSize;
import static org.siyaq.browser.VaadinPage.js;
import static org.siyaq.browser.VaadinPage.numbers;
import static org.siyaq.browser.VaadinPage.text;
import static org.siyaq.browser.VaadinPage.type;
import static org.siyaq.browser.VaadinPage.waitForRows;
import static org.siyaq.browser.VaadinPage.waitForVaadin;
import static org.siyaq.browser.VaadinPage.waitUntil;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * CQL in the concordance as a student uses it: a typed CQL query, one written by the query builder,
 * an example of the cheat sheet, and a CQL mistake explained next to the box. Counts come from the API.
 */
class CqlBrowserIT extends BrowserTestSupport {

    private static final String GAP = "\"روسيا\" []{0,3} \"المتحدة\"";

    private long apiTotal(String cql) {
        return api("api/corpora/bundled/concordance?limit=1&q=" + enc(cql))
                .get("total")
                .asLong();
    }

    private String summary() {
        return waitUntil(driver, d -> blankToNull(text(d, byId(d, "concordance-summary"))), "the hit count shows");
    }

    /** Scrolls the element to the middle of the window first, clear of the page's edges, then clicks it. */
    private void clickCentered(String id) {
        js(driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", byId(driver, id));
        waitForVaadin(driver);
        click(driver, id);
    }

    @Test
    void a_typed_cql_query_finds_what_the_api_finds_with_the_whole_pattern_as_node() {
        JsonNode page = api("api/corpora/bundled/concordance?limit=1&q=" + enc(GAP));
        assertThat(page.get("total").asLong())
                .as("the bundled corpus holds the pattern")
                .isPositive();
        assertThat(page.get("lines").get(0).get("node").asString())
                .as("a node of several words")
                .contains(" ");

        open("concordance");
        type(driver, "concordance-query", GAP);
        click(driver, "concordance-run");
        assertThat(numbers(summary())).first().isEqualTo(page.get("total").asLong());
        waitForRows(driver, "concordance-grid", 1);
        assertThat(gridSize(driver, "concordance-grid"))
                .isEqualTo(page.get("total").asLong());
        String node = text(driver, driver.findElement(By.cssSelector("#concordance-grid .kwic-node")));
        assertThat(node).isEqualTo(page.get("lines").get(0).get("node").asString());
    }

    @Test
    void the_query_builder_writes_the_cql_and_runs_it() {
        open("concordance");
        js(driver).executeScript("arguments[0].opened = true", byId(driver, "query-builder"));
        waitForVaadin(driver);
        type(driver, "query-builder-value-0", "روسيا");
        choose(driver, "query-builder-gap-0", "up to 3");
        clickCentered("query-builder-add");
        type(driver, "query-builder-value-1", "المتحدة");
        // leave the field so that its value reaches the server before the click
        clickCentered("query-builder-cql");
        String expected = "[norm=\"روسيا\"] []{0,3} [norm=\"المتحدة\"]";
        waitUntil(driver, d -> expected.equals(text(d, byId(d, "query-builder-cql"))), "the builder shows " + expected);
        clickCentered("query-builder-use");
        WebElement input = byId(driver, "concordance-query").findElement(By.cssSelector("input"));
        waitUntil(driver, d -> expected.equals(input.getDomProperty("value")), "the query box holds the built query");
        assertThat(numbers(summary())).first().isEqualTo(apiTotal(expected));
    }

    @Test
    void an_example_of_the_cheat_sheet_runs_when_clicked() {
        open("concordance");
        js(driver).executeScript("arguments[0].opened = true", byId(driver, "cql-help"));
        waitForVaadin(driver);
        String example = text(driver, byId(driver, "cql-help-example-6"));
        assertThat(example).isEqualTo(GAP);
        clickCentered("cql-help-example-6");
        assertThat(numbers(summary())).first().isEqualTo(apiTotal(GAP));
    }

    @Test
    void a_cql_mistake_is_explained_next_to_the_box_with_its_character() {
        open("concordance");
        type(driver, "concordance-query", "[norm=\"روسيا\"");
        click(driver, "concordance-run");
        String message = waitUntil(
                driver,
                d -> {
                    WebElement field = byId(d, "concordance-query");
                    return field.getDomAttribute("invalid") == null
                            ? null
                            : blankToNull(field.findElement(By.cssSelector("[slot=error-message]"))
                                    .getText());
                },
                "the query box shows an error");
        // [norm="روسيا" is 13 characters: the ] is missing at the 14th
        assertThat(message).isEqualTo("Expected “]” after “[norm=\"روسيا\"” at character 14.");
        assertThat(gridSize(driver, "concordance-grid")).isZero();
    }
}
