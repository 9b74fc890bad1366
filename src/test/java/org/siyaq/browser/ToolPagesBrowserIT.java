package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.blankToNull;
import static org.siyaq.browser.VaadinPage.byId;
import static org.siyaq.browser.VaadinPage.click;
import static org.siyaq.browser.VaadinPage.gridCell;
import static org.siyaq.browser.VaadinPage.gridSize;
import static org.siyaq.browser.VaadinPage.location;
import static org.siyaq.browser.VaadinPage.normalizeSpace;
import static org.siyaq.browser.VaadinPage.number;
import static org.siyaq.browser.VaadinPage.numbers;
import static org.siyaq.browser.VaadinPage.rawQuery;
import static org.siyaq.browser.VaadinPage.text;
import static org.siyaq.browser.VaadinPage.type;
import static org.siyaq.browser.VaadinPage.waitForRows;
import static org.siyaq.browser.VaadinPage.waitUntil;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The word list, collocates and n-gram pages in Chromium on the bundled corpus, reached through the
 * navigation: each fills its table with as many rows as the HTTP API counts for the same settings
 * (the page keeps its settings in the address, under the API's parameter names), and a click on a
 * word leads to its concordance.
 */
class ToolPagesBrowserIT extends BrowserTestSupport {

    private static final String NODE = "روسيا";

    @Test
    void the_word_list_shows_the_api_table_and_a_click_on_a_row_opens_its_concordance() {
        open("concordance");
        click(driver, "nav-wordlist");
        waitUntil(driver, d -> location(d).startsWith("wordlist"), "the word list opens");
        click(driver, "wordlist-run");
        JsonNode table = api("api/corpora/bundled/wordlist?" + rawQuery(driver));
        long totalRows = table.get("total_rows").asLong();
        assertThat(totalRows).isPositive();
        List<List<String>> rows = waitForRows(driver, "wordlist-grid", 3);
        assertThat(gridSize(driver, "wordlist-grid")).isEqualTo(totalRows);

        JsonNode top = table.get("rows").get(0);
        List<String> first = rows.getFirst();
        assertThat(first.get(1)).isEqualTo(top.get("word").asString());
        assertThat(number(first.get(2))).isEqualTo(top.get("freq").asLong());

        // the frequency: a click on the word itself opens its analysis instead
        gridCell(driver, "wordlist-grid", 0, 2).click();
        waitUntil(driver, d -> location(d).startsWith("concordance?"), "the word's concordance opens");
        String summary = waitUntil(
                driver, d -> blankToNull(text(d, byId(d, "concordance-summary"))), "the concordance shows its count");
        assertThat(numbers(summary).getFirst())
                .as("every occurrence the word list counts: " + summary)
                .isEqualTo(top.get("freq").asLong());
        assertThat(numbers(summary).get(1))
                .as("in as many documents as its range")
                .isEqualTo(top.get("range").asLong());
    }

    @Test
    void the_collocates_page_shows_the_api_table_for_a_node() {
        open("concordance");
        click(driver, "nav-collocates");
        waitUntil(driver, d -> location(d).startsWith("collocates"), "the collocates page opens");
        type(driver, "collocates-query", NODE);
        click(driver, "collocates-run");
        waitUntil(driver, d -> location(d).contains("q=" + NODE), "the node is in the address");
        JsonNode table = api("api/corpora/bundled/collocates?" + rawQuery(driver));
        long totalRows = table.get("total_rows").asLong();
        assertThat(totalRows)
                .as("the node has collocates at the page's default settings")
                .isPositive();
        List<List<String>> rows = waitForRows(driver, "collocates-grid", 1);
        assertThat(gridSize(driver, "collocates-grid")).isEqualTo(totalRows);
        assertThat(rows.getFirst().getFirst())
                .isEqualTo(table.get("rows").get(0).get("word").asString());
    }

    @Test
    void the_ngrams_page_shows_the_api_table() {
        open("concordance");
        click(driver, "nav-ngrams");
        waitUntil(driver, d -> location(d).startsWith("ngrams"), "the n-gram page opens");
        click(driver, "ngrams-run");
        waitUntil(driver, d -> location(d).contains("n="), "the settings are in the address");
        JsonNode table = api("api/corpora/bundled/ngrams?" + rawQuery(driver));
        long totalRows = table.get("total_rows").asLong();
        assertThat(totalRows).isPositive();
        List<List<String>> rows = waitForRows(driver, "ngrams-grid", 1);
        assertThat(gridSize(driver, "ngrams-grid")).isEqualTo(totalRows);
        assertThat(rows.getFirst())
                .contains(table.get("rows").get(0).get("ngram").asString());
    }

    @Test
    void the_documents_page_lists_every_document_and_opens_one_in_the_reader() {
        open("concordance");
        click(driver, "nav-documents");
        waitUntil(driver, d -> location(d).startsWith("documents"), "the documents page opens");
        JsonNode documents = api("api/corpora/bundled/documents");
        List<List<String>> rows = waitForRows(driver, "documents-grid", documents.size());
        assertThat(gridSize(driver, "documents-grid")).isEqualTo(documents.size());

        gridCell(driver, "documents-grid", 1, 0).click();
        waitUntil(driver, d -> location(d).startsWith("documents/1"), "the second document opens");
        String expected = normalizeSpace(
                api("api/corpora/bundled/documents/1").get("text").asString());
        waitUntil(
                driver,
                d -> expected.equals(text(d, byId(d, "document-text"))),
                "the reader shows the document's text");
        assertThat(rows.get(1).getFirst()).isNotBlank();
    }
}
