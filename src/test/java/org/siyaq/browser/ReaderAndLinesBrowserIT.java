package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.blankToNull;
import static org.siyaq.browser.VaadinPage.byId;
import static org.siyaq.browser.VaadinPage.click;
import static org.siyaq.browser.VaadinPage.gridCell;
import static org.siyaq.browser.VaadinPage.gridSize;
import static org.siyaq.browser.VaadinPage.js;
import static org.siyaq.browser.VaadinPage.location;
import static org.siyaq.browser.VaadinPage.numbers;
import static org.siyaq.browser.VaadinPage.text;
import static org.siyaq.browser.VaadinPage.type;
import static org.siyaq.browser.VaadinPage.waitForRows;
import static org.siyaq.browser.VaadinPage.waitForVaadin;
import static org.siyaq.browser.VaadinPage.waitUntil;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The reader with every hit marked and stepped through, and the concordance's line choices (several
 * sort levels, a sample, hidden lines), as a student uses them in Chromium on the bundled corpus.
 */
class ReaderAndLinesBrowserIT extends BrowserTestSupport {

    private static final String WORD = "روسيا";
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "uib-screenshots");

    @Test
    void the_reader_marks_every_hit_of_the_query_and_steps_through_them() {
        // the document with the most hits of the word, and its hits' offsets from the API
        JsonNode rows = api("api/corpora/bundled/concordance/distribution?q=" + enc(WORD))
                .get("rows");
        JsonNode best = rows.get(0);
        for (JsonNode row : rows) {
            if (row.get("hits").asInt() > best.get("hits").asInt()) {
                best = row;
            }
        }
        int doc = best.get("doc_id").asInt();
        int hits = best.get("hits").asInt();
        assertThat(hits).as("a document with several hits").isGreaterThanOrEqualTo(2);
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (JsonNode line :
                api("api/corpora/bundled/concordance?limit=1000&q=" + enc(WORD)).get("lines")) {
            if (line.get("doc_id").asInt() == doc) {
                lines.add(line);
            }
        }
        assertThat(lines).hasSize(hits);
        JsonNode second = lines.get(1);

        // opened at the second hit, as a click on its concordance line does
        open("documents/" + doc + "?q=" + enc(WORD) + "&from="
                + second.get("node_start").asInt() + "&to="
                + second.get("node_end").asInt());
        waitUntil(
                driver,
                d -> d.findElements(By.cssSelector("#document-text mark.hit")).size() == hits,
                hits + " marks");
        List<WebElement> marks = driver.findElements(By.cssSelector("#document-text mark.hit"));
        for (int i = 0; i < hits; i++) {
            assertThat(text(driver, marks.get(i)))
                    .isEqualTo(lines.get(i).get("node").asString());
        }
        assertThat(byId(driver, "document-hit").getDomAttribute("class")).contains("hit-current");
        assertThat(marks.get(1).getDomAttribute("id")).isEqualTo("document-hit");
        assertThat(text(driver, byId(driver, "document-hit-count"))).isEqualTo("Hit 2 of " + hits);
        assertInView("document-hit");

        click(driver, "document-hit-previous");
        waitUntil(driver, d -> text(d, byId(d, "document-hit-count")).equals("Hit 1 of " + hits), "back to hit 1");
        assertThat(marks.get(0).getDomAttribute("id")).isEqualTo("document-hit");
        assertThat(byId(driver, "document-hit-previous").getDomAttribute("disabled"))
                .isNotNull();
        waitUntil(
                driver,
                d -> location(d)
                        .contains("from=" + lines.get(0).get("node_start").asInt()),
                "the address names the selected hit");
        assertInView("document-hit");
        screenshots("reader-hits", "document-hits");

        for (int i = 1; i < hits; i++) {
            click(driver, "document-hit-next");
        }
        int last = hits;
        waitUntil(driver, d -> text(d, byId(d, "document-hit-count")).equals("Hit " + last + " of " + last), "last");
        assertThat(marks.get(hits - 1).getDomAttribute("id")).isEqualTo("document-hit");
        assertThat(byId(driver, "document-hit-next").getDomAttribute("disabled"))
                .isNotNull();
        assertInView("document-hit");

        open("documents/" + doc + "?lang=ar&q=" + enc(WORD));
        waitUntil(driver, d -> text(d, byId(d, "document-hit-count")).equals("النتيجة 1 من " + hits), "Arabic count");
        screenshots("reader-hits-ar", "document-hits");
    }

    @Test
    void the_concordance_sorts_on_two_levels_samples_and_hides_lines_and_the_csv_follows() throws IOException {
        String api = "api/corpora/bundled/concordance?q=" + enc(WORD);
        // two sort levels: the page shows the API's after1,after2 order
        JsonNode twoLevels = api(api + "&sort=after1,after2");
        open("concordance?q=" + enc(WORD) + "&sort=after1,after2");
        waitForRows(driver, "concordance-grid", 5);
        assertThat(nodeAndAfter(5)).isEqualTo(nodeAndAfter(twoLevels, 5));
        assertThat(text(driver, byId(driver, "concordance-sort2"))).contains("2nd word after");

        // a sample of 4 with a seed: the same 4 lines as the API's, again after a reload
        JsonNode sample = api(api + "&sample=4&seed=7");
        assertThat(sample.get("total").asInt()).isEqualTo(4);
        open("concordance?q=" + enc(WORD) + "&sample=4&seed=7");
        waitForRows(driver, "concordance-grid", 4);
        assertThat(gridSize(driver, "concordance-grid")).isEqualTo(4);
        assertThat(nodeAndAfter(4)).isEqualTo(nodeAndAfter(sample, 4));
        assertThat(text(driver, byId(driver, "concordance-sample-note")))
                .contains("4 lines")
                .contains("seed 7");
        screenshots("concordance-sample", "concordance-lines-note");

        // a new sample size from the field gets a seed of its own in the address
        js(driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", byId(driver, "concordance-sample"));
        type(driver, "concordance-sample", "3");
        click(driver, "concordance-run");
        waitUntil(driver, d -> location(d).contains("sample=3") && location(d).matches(".*seed=\\d+.*"), "seed");
        waitUntil(driver, d -> gridSize(d, "concordance-grid") == 3, "3 lines");

        // hiding the first line of all the lines: one line fewer, in the address, the note and the CSV
        int total = api(api).get("total").asInt();
        JsonNode first = api(api + "&limit=1").get("lines").get(0);
        String hidden =
                first.get("doc_id").asInt() + ":" + first.get("position").asInt();
        open("concordance?q=" + enc(WORD));
        waitForRows(driver, "concordance-grid", 1);
        // columns: the line, the document, the hide button
        WebElement hide = gridCell(driver, "concordance-grid", 0, 2).findElement(By.cssSelector("button.hide-line"));
        js(driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", hide);
        hide.click();
        waitUntil(driver, d -> location(d).contains("hide=" + hidden), "the hidden line is in the address");
        waitUntil(driver, d -> gridSize(d, "concordance-grid") == total - 1, "one line fewer");
        assertThat(location(driver)).as("hiding opens no document").startsWith("concordance");
        assertThat(text(driver, byId(driver, "concordance-hidden-note"))).contains("1 line hidden");
        assertThat(numbers(text(driver, byId(driver, "concordance-summary"))))
                .first()
                .isEqualTo(total - 1L);
        String href = waitUntil(
                driver,
                d -> blankToNull(byId(d, "csv-export").getDomProperty("href")),
                "the CSV link points somewhere");
        assertThat(java.net.URLDecoder.decode(href, java.nio.charset.StandardCharsets.UTF_8))
                .contains("hide=" + hidden);
        List<CSVRecord> csv = CSVFormat.RFC4180
                .parse(new StringReader(httpGet(href).body().substring(1)))
                .getRecords();
        // the header and the other lines
        assertThat(csv).hasSize(total);
        assertThat(csv.subList(1, csv.size())).noneMatch(r -> (r.get(0) + ":" + r.get(2)).equals(hidden));
        screenshots("concordance-hidden", "concordance-lines-note");

        js(driver)
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'center'})", byId(driver, "concordance-hidden-show"));
        click(driver, "concordance-hidden-show");
        waitUntil(driver, d -> !location(d).contains("hide="), "every line shows again");
        waitUntil(driver, d -> gridSize(d, "concordance-grid") == total, "all lines");

        open("concordance?lang=ar&q=" + enc(WORD) + "&sample=4&seed=7&sort=after1,after2");
        waitForRows(driver, "concordance-grid", 4);
        assertThat(text(driver, byId(driver, "concordance-sample-note"))).containsPattern("\\p{IsArabic}");
        screenshots("concordance-sample-ar", "concordance-lines-note");
    }

    @Test
    void after_create_corpus_the_form_is_empty_the_status_is_on_top_and_the_files_keep_their_picked_order(
            @TempDir Path folder) throws IOException {
        String id = "order-" + UUID.randomUUID().toString().substring(0, 8);
        // picked in the order b, c, a: neither alphabetical nor (with three at once) the order they finish
        List<String> names = List.of("b-second.txt", "c-third.txt", "a-first.txt");
        List<String> paths = new java.util.ArrayList<>();
        for (String name : names) {
            Path file = folder.resolve(name);
            Files.writeString(file, "نص الملف " + name.charAt(0) + " عن السياسة والاقتصاد والثقافة في المدينة.");
            paths.add(file.toString());
        }
        signIn();
        open("admin/corpora");
        type(driver, "corpus-name", "Order " + id);
        type(driver, "corpus-id", id);
        WebElement upload = byId(driver, "corpus-upload");
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(String.join("\n", paths));
        waitUntil(
                driver,
                d -> (Boolean) js(d).executeScript(
                                "const f = arguments[0].files; return f.length === 3 && f.every(x => x.complete && !x.error);",
                                upload),
                "the three files are uploaded");
        click(driver, "create-corpus");

        waitUntil(driver, d -> text(d, byId(d, "upload-status-text")).contains("is ready"), "the status says ready");
        // the status is redrawn on each poll of the page: read inside a wait, which retries a stale element
        waitUntil(driver, d -> text(d, byId(d, "upload-status-text")).contains("3 documents"), "3 documents");
        assertInView("upload-status");
        assertThat(byId(driver, "corpus-name").getDomProperty("value")).isEmpty();
        assertThat(byId(driver, "corpus-id").getDomProperty("value")).isEmpty();
        assertThat((Long) js(driver).executeScript("return arguments[0].files.length", byId(driver, "corpus-upload")))
                .isZero();
        // the status stays (it is no notification): still there after the page's next polls
        sleep(2500);
        waitUntil(driver, d -> text(d, byId(d, "upload-status-text")).contains("is ready"), "still ready");
        screenshots("admin-upload-status", null);

        // the stored order is the picked order (an instructor sees the draft's documents in the reader list)
        open("documents?corpus=" + id);
        List<List<String>> rows = waitForRows(driver, "documents-grid", 3);
        assertThat(rows.stream().map(r -> String.join(" ", r)).toList())
                .satisfiesExactly(
                        r -> assertThat(r).contains("b-second"),
                        r -> assertThat(r).contains("c-third"),
                        r -> assertThat(r).contains("a-first"));
        open("admin/corpora?lang=ar");
        screenshots("admin-upload-ar", null);
    }

    @Test
    void a_students_own_text_is_analysed_for_that_session_only() {
        // a Latin marker the bundled corpus lacks, three times, in an Arabic text: 3 hits in 1 document
        String marker = "zqxmarker";
        String text = "ذهب الطالب " + marker + " إلى المكتبة. قرأ " + marker + " كتابًا عن " + marker + " والتاريخ.";
        open("own-text");
        WebElement area = byId(driver, "owntext-text").findElement(By.cssSelector("textarea"));
        area.sendKeys(text);
        click(driver, "owntext-run");
        String ready = waitUntil(driver, d -> blankToNull(text(d, byId(d, "owntext-ready"))), "the text is analysed");
        assertThat(ready).contains("1 document");
        String href = byId(driver, "owntext-open-concordance").getDomAttribute("href");
        String id = java.net.URLDecoder.decode(href, java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll(".*corpus=(own-[0-9a-f]+).*", "$1");
        assertThat(id).matches("own-[0-9a-f]{32}");
        screenshots("own-text", null);

        open("concordance?corpus=" + id + "&q=" + marker);
        String summary =
                waitUntil(driver, d -> blankToNull(text(d, byId(d, "concordance-summary"))), "the concordance ran");
        assertThat(numbers(summary)).containsExactly(3L, 1L);
        assertThat(location(driver)).contains("corpus=" + id);
        assertThat(text(driver, byId(driver, "corpus-picker"))).contains("My text");
        // the API answers this browser (its session cookie) ...
        Object status = js(driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " fetch('api/corpora/' + arguments[0] + '/wordlist').then(r => done(r.status));",
                        id);
        assertThat(((Number) status).intValue()).isEqualTo(200);
        // ... and no one else: not a request without the session, not the list of corpora
        assertThat(httpGet("api/corpora/" + id + "/wordlist").statusCode()).isEqualTo(404);
        assertThat(httpGet("api/corpora/" + id).statusCode()).isEqualTo(404);
        assertThat(httpGet("api/corpora").body()).doesNotContain(id);

        // another browser session with the id: the bundled corpus instead, with a note, and no trace of the text
        WebDriver other = newBrowser();
        open(other, "concordance?corpus=" + id + "&q=" + marker);
        waitUntil(other, d -> !location(d).contains(id), "the other session is sent to the bundled corpus");
        assertThat(text(other, byId(other, "corpus-picker"))).doesNotContain("My text");
        Object otherStatus = js(other)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " fetch('api/corpora/' + arguments[0] + '/wordlist').then(r => done(r.status));",
                        id);
        assertThat(((Number) otherStatus).intValue()).isEqualTo(404);
        open(other, "own-text");
        assertThat(VaadinPage.present(other, "owntext-open-concordance")).isFalse();
        assertThat(text(other, byId(other, "owntext-mine"))).isEmpty();

        // an empty text is refused with a message
        open("own-text");
        js(driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", byId(driver, "owntext-run"));
        click(driver, "owntext-run");
        waitUntil(driver, d -> text(d, byId(d, "owntext-problem")).contains("no text"), "the empty text is refused");
        open("own-text?lang=ar");
        screenshots("own-text-ar", null);
    }

    private void signIn() {
        open("login");
        VaadinPage.type(driver, "vaadinLoginUsername", INSTRUCTOR);
        VaadinPage.type(driver, "vaadinLoginPassword", INSTRUCTOR_PASSWORD);
        byId(driver, "login-form")
                .findElement(By.cssSelector("vaadin-button[slot=submit]"))
                .click();
        waitUntil(driver, d -> !location(d).startsWith("login"), "the sign-in is accepted");
        waitForVaadin(driver);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The node and the after text of the first {@code n} lines the page shows. */
    private List<String> nodeAndAfter(int n) {
        List<String> out = new java.util.ArrayList<>();
        for (int row = 0; row < n; row++) {
            WebElement cell = gridCell(driver, "concordance-grid", row, 0);
            out.add(text(driver, cell.findElement(By.cssSelector(".kwic-node"))) + " | "
                    + text(driver, cell.findElement(By.cssSelector(".kwic-after"))));
        }
        return out;
    }

    private static List<String> nodeAndAfter(JsonNode answer, int n) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            JsonNode line = answer.get("lines").get(i);
            out.add(line.get("node").asString() + " | "
                    + VaadinPage.normalizeSpace(line.get("after").asString()));
        }
        return out;
    }

    private void assertInView(String id) {
        waitUntil(
                driver,
                d -> (Boolean) js(d).executeScript(
                                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
                                byId(d, id)),
                "#" + id + " is scrolled into view");
    }

    /** Screenshots at a laptop and a phone size, with {@code elementId} scrolled to the top of the window. */
    void screenshots(String name, String elementId) {
        Screenshots.take(driver, name, elementId);
    }
}
