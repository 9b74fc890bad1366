package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.blankToNull;
import static org.siyaq.browser.VaadinPage.byId;
import static org.siyaq.browser.VaadinPage.click;
import static org.siyaq.browser.VaadinPage.js;
import static org.siyaq.browser.VaadinPage.location;
import static org.siyaq.browser.VaadinPage.numbers;
import static org.siyaq.browser.VaadinPage.rawQuery;
import static org.siyaq.browser.VaadinPage.text;
import static org.siyaq.browser.VaadinPage.waitForRows;
import static org.siyaq.browser.VaadinPage.waitUntil;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.SourceDocument;
import org.siyaq.corpus.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * What a first-time student tripped over (issue 12) and what a concordance sends (issue 15), checked
 * in Chromium on the bundled corpus.
 */
class ClassReadyBrowserIT extends BrowserTestSupport {

    @Autowired
    CorpusRegistry corpora;

    private static final String WORD = "روسيا";
    /** A source of the bundled corpus with an Arabic letter, a plus and a space: every kind of encoding. */
    private static final String WHERE = "source:تاس+ RT";

    @Test
    void the_sub_corpus_survives_every_side_menu_click_unchanged() {
        open("wordlist?where=" + enc(WHERE));
        waitForRows(driver, "wordlist-grid", 1);
        for (String tool : List.of("nav-concordance", "nav-collocates", "nav-wordlist", "nav-ngrams")) {
            click(driver, tool);
            // the address the test opened has where= too: wait for the tool's own page
            String page = tool.substring("nav-".length());
            waitUntil(
                    driver,
                    d -> location(d).startsWith(page + "?") && location(d).contains("where="),
                    "the documents travel with " + tool);
            assertThat(location(driver)).as("after %s", tool).contains("where=" + WHERE);
            assertThat(rawQuery(driver)).as("encoded once after %s", tool).doesNotContain("%25");
            String view = location(driver).replaceFirst("\\?.*", "");
            assertThat(VaadinPage.present(driver, view + "-problem")
                            && byId(driver, view + "-problem").isDisplayed())
                    .as("no filter message on %s", view)
                    .isFalse();
        }
    }

    @Test
    void the_distribution_is_sent_only_when_the_student_opens_it() {
        JsonNode distribution = api("api/corpora/bundled/concordance/distribution?q=" + enc(WORD));
        open("concordance?q=" + enc(WORD));
        waitForRows(driver, "concordance-grid", 1);
        assertThat(js(driver).executeScript("return document.querySelectorAll('.distribution-row').length"))
                .as("no bar is built while the panel is closed")
                .isEqualTo(0L);

        js(driver)
                .executeScript(
                        "arguments[0].click()",
                        byId(driver, "concordance-distribution-details")
                                .findElement(By.cssSelector("vaadin-details-summary")));
        VaadinPage.waitForVaadin(driver);
        long withHits = distribution.get("documents").asLong();
        waitUntil(
                driver,
                d -> ((Number) js(d).executeScript("return document.querySelectorAll('.distribution-row').length"))
                                .longValue()
                        == withHits,
                "one bar per document with hits: " + withHits);
        String summary =
                text(driver, byId(driver, "concordance-distribution").findElement(org.openqa.selenium.By.tagName("p")));
        assertThat(numbers(summary)).as(summary).startsWith(withHits);
        assertThat(blankToNull(summary)).isNotNull();
    }

    @Test
    void no_dot_or_mark_of_an_arabic_word_is_cut_by_its_cell_at_twice_the_size() {
        GlyphBoxes.zoom2x(driver, 1366, 768);
        try {
            // في and الذي end in ya, whose two dots hang lowest
            open("concordance?q=" + enc("في") + "&context=5");
            waitForRows(driver, "concordance-grid", 3);
            assertInkInside(
                    "#concordance-grid .kwic-text, #concordance-grid .kwic-node, #concordance-grid .cell-ellipsis");
            open("wordlist");
            waitForRows(driver, "wordlist-grid", 3);
            assertInkInside("#wordlist-grid .cell-ellipsis");
            open("collocates?q=" + enc(WORD));
            waitForRows(driver, "collocates-grid", 3);
            assertInkInside("#collocates-grid .cell-ellipsis");
            open("ngrams");
            waitForRows(driver, "ngrams-grid", 3);
            assertInkInside("#ngrams-grid .cell-ellipsis");
            open("documents");
            waitForRows(driver, "documents-grid", 3);
            assertInkInside("#documents-grid .cell-ellipsis");
        } finally {
            GlyphBoxes.resetZoom(driver);
        }
    }

    private void assertInkInside(String css) {
        List<Object> result = GlyphBoxes.clipped(driver, css);
        assertThat(((Number) result.getFirst()).intValue())
                .as("Arabic texts checked for %s", css)
                .isPositive();
        assertThat(result.subList(1, result.size()))
                .as("texts cut by their box (%s)", css)
                .isEmpty();
    }

    @Test
    void the_csv_link_is_off_after_an_error_and_once_the_node_is_emptied() {
        open("wordlist");
        waitForRows(driver, "wordlist-grid", 1);
        assertThat(csvIsLive()).as("a word list to download").isTrue();
        open("wordlist?filter=" + enc("/[/"));
        waitUntil(
                driver, d -> byId(d, "wordlist-filter").getDomAttribute("invalid") != null, "the bad filter is marked");
        assertThat(csvIsLive())
                .as("no CSV of the previous word list after a bad filter")
                .isFalse();

        open("collocates?q=" + enc(WORD));
        waitForRows(driver, "collocates-grid", 1);
        assertThat(csvIsLive()).isTrue();
        WebElement input = byId(driver, "collocates-query").findElement(By.cssSelector("input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, Keys.TAB);
        VaadinPage.waitForVaadin(driver);
        assertThat(csvIsLive())
                .as("no CSV of the old collocates once the node is emptied")
                .isFalse();
        click(driver, "collocates-run");
        assertThat(byId(driver, "collocates-query").getDomAttribute("invalid"))
                .as("an empty node is said so")
                .isNotNull();
    }

    /** Whether the CSV link can be followed: enabled, with somewhere to go. */
    private boolean csvIsLive() {
        WebElement link = byId(driver, "csv-export");
        return link.getDomAttribute("disabled") == null && blankToNull(link.getDomAttribute("href")) != null;
    }

    @Test
    void a_mistyped_address_answers_page_not_found_with_links_to_the_tools_not_the_sign_in() {
        assertThat(httpGet("concordanc").statusCode())
                .as("an unknown page is not sent on to the sign-in")
                .isEqualTo(200);
        open("concordanc?lang=ar");
        WebElement view = byId(driver, "not-found-view");
        assertThat(location(driver)).startsWith("concordanc?");
        assertThat(view.getText()).containsPattern("\\p{IsArabic}");
        List<String> links = view.findElements(By.cssSelector("#not-found-links a")).stream()
                .map(a -> a.getDomAttribute("href"))
                .toList();
        assertThat(links)
                .hasSize(7)
                .allMatch(href -> href.contains("lang=ar")); // the menu: six tools and your own text
        assertThat(links.getFirst()).startsWith("concordance");
        view.findElement(By.cssSelector("#not-found-links a")).click();
        VaadinPage.waitForVaadin(driver);
        waitUntil(driver, d -> location(d).startsWith("concordance?"), "the concordance opens from the link");
        assertThat(byId(driver, "concordance-view").isDisplayed()).isTrue();
    }

    @Test
    void table_headers_are_in_the_page_language_and_define_their_column() {
        open("wordlist?lang=ar");
        waitForRows(driver, "wordlist-grid", 1);
        assertThat(header("rank")).isEqualTo("الرتبة");
        assertThat(header("freq")).isEqualTo("التكرار");
        assertThat(tooltip("dp")).contains("Gries").containsPattern("\\p{IsArabic}");
        open("collocates?lang=en&q=" + enc(WORD));
        waitForRows(driver, "collocates-grid", 1);
        assertThat(header("log_likelihood")).isEqualTo("Log-likelihood");
        assertThat(tooltip("log_likelihood")).startsWith("G² = 2");
        open("ngrams?lang=ar");
        waitForRows(driver, "ngrams-grid", 1);
        assertThat(header("ngram")).isEqualTo("العنقود");
    }

    @Test
    void an_out_of_range_number_is_said_next_to_its_field_and_the_address_shows_what_was_used() {
        open("ngrams?n=9");
        waitUntil(driver, d -> location(d).contains("n=6"), "the address says n=6");
        assertThat(location(driver)).doesNotContain("n=9");
        assertThat(helper("ngrams-n")).contains("2").contains("6").contains("9");
        List<List<String>> rows = waitForRows(driver, "ngrams-grid", 1);
        assertThat(rows.getFirst().getFirst().split(" "))
                .as("6-grams: %s", rows.getFirst())
                .hasSize(6);

        open("concordance?q=" + enc(WORD) + "&context=60");
        waitUntil(driver, d -> location(d).contains("context=50"), "the address says context=50");
        assertThat(helper("concordance-context")).contains("60").contains("50");

        WebElement context = byId(driver, "concordance-context").findElement(By.cssSelector("input"));
        context.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3", Keys.ENTER);
        VaadinPage.waitForVaadin(driver);
        waitUntil(driver, d -> location(d).contains("context=3"), "Enter in the context field runs the query");
        assertThat(helper("concordance-context"))
                .as("no note for a number in range")
                .isEmpty();
    }

    private String header(String key) {
        return text(driver, driver.findElement(By.cssSelector(".column-header[data-key='" + key + "']")));
    }

    /** The header's tooltip (its title), which the column's cells show too. */
    private String tooltip(String key) {
        @SuppressWarnings("unchecked")
        List<String> titles = (List<String>) js(driver)
                .executeScript("""
                        const th = arguments[0].closest('th');
                        const td = th.closest('table').querySelector('tbody tr:first-child').cells[th.cellIndex];
                        return [th.title, td.title];""", driver.findElement(By.cssSelector(".column-header[data-key='" + key + "']")));
        assertThat(titles.get(1)).as("the cells' tooltip of %s", key).isEqualTo(titles.get(0));
        return titles.get(0);
    }

    private String helper(String fieldId) {
        return (String) js(driver).executeScript("return arguments[0].helperText || ''", byId(driver, fieldId));
    }

    @Test
    void a_corpus_deleted_under_a_student_falls_back_to_the_bundled_corpus_naming_it() {
        String name = "Writing libraries " + System.nanoTime();
        String id = "writing-libraries-" + System.nanoTime();
        corpora.add(
                CorpusRegistry.newCorpus(id, name, "", Visibility.CLASS),
                List.of(new SourceDocument("a.txt", "روسيا والصين في موسكو", null, null, null, null, null, null)),
                p -> {});
        open("concordance?corpus=" + id + "&q=" + enc(WORD));
        waitForRows(driver, "concordance-grid", 1);
        corpora.delete(id);

        click(driver, "concordance-run");
        String note = waitUntil(
                driver, d -> blankToNull(text(d, byId(d, "concordance-corpus-gone"))), "the fall-back is explained");
        assertThat(note).as("named as the student knew it").contains(name).doesNotContain(id);
        assertThat(location(driver)).doesNotContain("corpus=").contains("q=" + WORD);

        driver.navigate().refresh();
        VaadinPage.waitForVaadin(driver);
        assertThat(byId(driver, "corpus-picker").getDomProperty("value"))
                .as("the picker shows the bundled corpus")
                .isNotBlank();
        waitForRows(driver, "concordance-grid", 1);
        assertThat(VaadinPage.gridSize(driver, "concordance-grid"))
                .as("the query runs on the bundled corpus")
                .isEqualTo(api("api/corpora/bundled/concordance?q=" + enc(WORD))
                        .get("total")
                        .asLong());
    }

    @Test
    void students_see_what_the_instructor_wrote_about_the_corpus() {
        JsonNode info = api("api/corpora/bundled");
        String description = info.get("description").asString();
        assertThat(description).as("the bundled corpus has a description").isNotBlank();
        open("wordlist");
        WebElement about = byId(driver, "wordlist-about");
        assertThat(about.isDisplayed()).isTrue();
        about.findElement(By.cssSelector("vaadin-details-summary")).click();
        VaadinPage.waitForVaadin(driver);
        waitUntil(
                driver, d -> text(d, about).contains(VaadinPage.normalizeSpace(description)), "the description shows");
        assertThat(byId(driver, "corpus-picker").getDomProperty("title") + tooltipOfPicker())
                .contains(info.get("name").asString());
    }

    private String tooltipOfPicker() {
        return (String) js(driver)
                .executeScript(
                        "const t = arguments[0].querySelector('vaadin-tooltip'); return t ? t.text : ''",
                        byId(driver, "corpus-picker"));
    }

    @Test
    void the_reader_promises_a_marked_hit_only_when_there_is_one_and_a_collocate_filter_explains_its_count() {
        open("documents/0?lang=en");
        assertThat(text(driver, byId(driver, "reader-purpose"))).isEqualTo("The whole text of the document.");
        open("documents/0?lang=en&from=0&to=3");
        assertThat(text(driver, byId(driver, "reader-purpose"))).contains("marked");

        open("concordance?lang=en&q=" + enc(WORD) + "&coll=" + enc("في") + "&left=5&right=5");
        assertThat(text(driver, byId(driver, "concordance-collocate-overlap")))
                .contains("O11")
                .contains("once");
    }

    @Test
    void on_a_phone_no_word_list_figure_is_cut_and_the_picker_shows_the_first_letter() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(412, 900));
        try {
            open("wordlist?lang=ar");
            waitForRows(driver, "wordlist-grid", 3);
            @SuppressWarnings("unchecked")
            List<String> cut = (List<String>) js(driver).executeScript("""
                    return [...document.querySelectorAll('#wordlist-grid td.kind-number')]
                      .filter(c => /^[\\d,.]+$/.test(c.textContent.trim()) && c.offsetParent !== null)
                      .filter(c => {
                        const r = document.createRange(); r.selectNodeContents(c);
                        const style = getComputedStyle(c);
                        const room = c.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                        return r.getBoundingClientRect().width > room + 1; })
                      .map(c => c.textContent.trim());""");
            assertThat(cut).as("figures wider than their cell").isEmpty();
            Boolean firstLetterShown = (Boolean) js(driver).executeScript("""
                    const v = arguments[0].querySelector('vaadin-select-value-button');
                    const r = document.createRange(); r.selectNodeContents(v);
                    return r.getClientRects()[0].left >= v.getBoundingClientRect().left - 0.5;""", byId(driver, "corpus-picker"));
            assertThat(firstLetterShown)
                    .as("the picker's label starts inside its box")
                    .isTrue();
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        }
    }

    @Test
    void the_recent_queries_of_every_tool_are_listed_newest_first_and_rerun_with_a_click() {
        open("concordance?lang=en&q=" + enc(WORD));
        waitForRows(driver, "concordance-grid", 1);
        open("collocates?lang=en&q=" + enc(WORD));
        waitForRows(driver, "collocates-grid", 1);
        open("wordlist?lang=en&minFreq=2");
        waitForRows(driver, "wordlist-grid", 1);
        WebElement history = byId(driver, "wordlist-history");
        js(driver).executeScript("arguments[0].opened = true", history);
        // the links are made on the server when the list opens (issue 15)
        waitUntil(driver, d -> history.findElements(By.cssSelector("a")).size() == 3, "the opened list's links");
        List<WebElement> links = history.findElements(By.cssSelector("a"));
        assertThat(links)
                .extracting(a -> text(driver, a))
                .containsExactly("Word list: minFreq=2", "Collocates: " + WORD, "Concordance: " + WORD);
        js(driver).executeScript("arguments[0].click()", links.get(2));
        VaadinPage.waitForVaadin(driver);
        waitUntil(driver, d -> location(d).startsWith("concordance?"), "the concordance reruns");
        waitForRows(driver, "concordance-grid", 1);
        assertThat(location(driver)).contains("q=" + WORD);
    }
}
