package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.byId;
import static org.siyaq.browser.VaadinPage.js;
import static org.siyaq.browser.VaadinPage.type;
import static org.siyaq.browser.VaadinPage.waitForRows;
import static org.siyaq.browser.VaadinPage.waitForVaadin;
import static org.siyaq.browser.VaadinPage.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.SourceDocument;
import org.siyaq.corpus.Visibility;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How the pages sit on a phone (412×900) and on a laptop (1366×768), in both languages (issue 12, items
 * 14–16): nothing scrolls sideways, the first result row is on the first screen, mixed Arabic/Latin names
 * and the reasons for skipped files are shown whole. Each page is photographed into
 * {@code target/screenshots/} for a person to look at.
 */
class LayoutBrowserIT extends BrowserTestSupport {

    private static final String WORD = "روسيا";
    private static final int PHONE_WIDTH = 412;
    private static final int PHONE_HEIGHT = 900;
    /** The names that lost their first word in the admin table: Latin first, and Arabic first. */
    private static final List<String> MIXED_NAMES = List.of("BBC عربي news from the week", "أخبار BBC العربية للأسبوع");

    @Autowired
    CorpusRegistry corpora;

    /** Every page a student opens, with a query where the page needs one to show a table. */
    private static List<String> toolPages() {
        String q = enc(WORD);
        return List.of(
                "concordance?q=" + q,
                "wordlist",
                "collocates?q=" + q,
                "keywords?where=" + enc("source:RT"),
                "ngrams",
                "documents",
                "documents/0",
                "concordanc");
    }

    @Test
    void no_page_scrolls_sideways_on_a_phone_in_either_language() {
        List<String> wide = new ArrayList<>();
        phone();
        try {
            for (String lang : List.of("en", "ar")) {
                for (String page : toolPages()) {
                    wide.addAll(overflow(page, lang));
                }
                wide.addAll(overflow("login", lang));
            }
            signIn(driver);
            for (String lang : List.of("en", "ar")) {
                for (String page : List.of("admin/corpora", "admin/accounts")) {
                    wide.addAll(overflow(page, lang));
                }
            }
        } finally {
            reset();
        }
        assertThat(wide).as("pages wider than the 412 px screen").isEmpty();
    }

    /** Opens {@code page} in {@code lang} and answers "page: scrollWidth > innerWidth" when it scrolls sideways. */
    private List<String> overflow(String page, String lang) {
        open(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
        settle();
        shoot(page, lang, "phone");
        Map<?, ?> size = (Map<?, ?>) js(driver)
                .executeScript("return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth}");
        long scroll = ((Number) size.get("scroll")).longValue();
        long inner = ((Number) size.get("inner")).longValue();
        assertThat(inner).as("the emulated phone's width").isEqualTo(PHONE_WIDTH);
        return scroll > inner ? List.of(page + " (" + lang + "): " + scroll + " > " + inner) : List.of();
    }

    @Test
    void the_first_result_row_is_on_the_first_screen_of_every_tool_at_1366_by_768() {
        List<String> below = new ArrayList<>();
        for (String lang : List.of("en", "ar")) {
            for (String page : List.of(
                    "concordance?q=" + enc(WORD),
                    "wordlist",
                    "collocates?q=" + enc(WORD),
                    "keywords?where=" + enc("source:RT"),
                    "ngrams",
                    "documents")) {
                String grid = page.replaceFirst("\\?.*", "") + "-grid";
                open(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
                waitForRows(driver, grid, 1);
                settle();
                shoot(page, lang, "laptop");
                double bottom = ((Number) js(driver).executeScript("""
                                const table = arguments[0];
                                const row = table.localName === 'siyaq-table'
                                  ? table.querySelector('tbody > tr[data-index="0"]')
                                  : [...table.shadowRoot.querySelectorAll('tbody#items > tr')]
                                  .find(r => !r.hidden && r.index === 0);
                                return row.getBoundingClientRect().bottom;""", byId(driver, grid))).doubleValue();
                // the whole first row, not only its top edge, within the 768 px of the window
                if (bottom > 768) {
                    below.add(page + " (" + lang + "): first row ends at " + bottom);
                }
            }
        }
        assertThat(below)
                .as("tool pages whose first result row is below the first screen")
                .isEmpty();
    }

    @Test
    void on_a_phone_the_concordance_table_fits_the_screen_and_the_picker_starts_with_the_first_letter() {
        phone();
        try {
            for (String lang : List.of("en", "ar")) {
                open("concordance?lang=" + lang + "&q=" + enc(WORD));
                waitForRows(driver, "concordance-grid", 3);
                settle();
                Map<?, ?> box = (Map<?, ?>) js(driver).executeScript("""
                        const g = arguments[0].getBoundingClientRect();
                        const bar = document.querySelector('vaadin-app-layout').shadowRoot
                          .querySelector('[part~=navbar]').getBoundingClientRect();
                        return {grid: g.height, room: window.innerHeight - bar.height};""", byId(driver, "concordance-grid"));
                // the table is never taller than the screen below the bar: once scrolled to, it alone scrolls
                assertThat(((Number) box.get("grid")).doubleValue())
                        .as("grid height in %s", lang)
                        .isLessThanOrEqualTo(((Number) box.get("room")).doubleValue())
                        .isGreaterThan(300);
                Boolean firstLetterShown = (Boolean) js(driver).executeScript("""
                        const v = arguments[0].querySelector('vaadin-select-value-button');
                        const r = document.createRange(); r.selectNodeContents(v);
                        return r.getClientRects()[0].left >= v.getBoundingClientRect().left - 0.5;""", byId(driver, "corpus-picker"));
                assertThat(firstLetterShown)
                        .as("the picker's label starts inside its box (%s)", lang)
                        .isTrue();
            }
        } finally {
            reset();
        }
    }

    @Test
    void mixed_arabic_and_latin_corpus_names_are_shown_whole_in_the_instructors_table() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < MIXED_NAMES.size(); i++) {
            String id = "mixed-name-" + i;
            corpora.add(
                    CorpusRegistry.newCorpus(id, MIXED_NAMES.get(i), "", Visibility.DRAFT),
                    List.of(new SourceDocument("a.txt", "روسيا والصين في موسكو", null, null, null, null, null, null)),
                    p -> {});
            ids.add(id);
        }
        try {
            signIn(driver);
            phone();
            for (String lang : List.of("en", "ar")) {
                open("admin/corpora?lang=" + lang);
                WebElement grid = byId(driver, "corpus-admin-grid");
                waitUntil(driver, d -> names(grid).containsAll(MIXED_NAMES), "the names are listed");
                js(driver).executeScript("arguments[0].scrollIntoView()", grid);
                shoot("admin/corpora-names", lang, "phone");
                @SuppressWarnings("unchecked")
                List<String> cut = (List<String>) js(driver).executeScript("""
                        return [...arguments[0].querySelectorAll('vaadin-grid-cell-content .cell-wrap')]
                          .filter(s => { const c = s.closest('vaadin-grid-cell-content').getBoundingClientRect();
                                         const r = s.getBoundingClientRect();
                                         return r.left < c.left - 0.5 || r.right > c.right + 0.5
                                           || s.scrollWidth > s.clientWidth + 1; })
                          .map(s => s.textContent);""", grid);
                assertThat(cut).as("names cut by their cell (%s)", lang).isEmpty();
            }
        } finally {
            reset();
            ids.forEach(corpora::delete);
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> names(WebElement grid) {
        return (List<String>) js(driver)
                .executeScript(
                        "return [...arguments[0].querySelectorAll('vaadin-grid-cell-content .cell-wrap')].map(s => s.textContent)",
                        grid);
    }

    @Test
    void the_reasons_for_skipped_files_are_shown_whole_and_wrapped(@TempDir Path folder) throws Exception {
        Path good = Files.writeString(folder.resolve("good.txt"), "روسيا والصين في موسكو");
        Path empty = Files.write(folder.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(folder.resolve("binary.txt"), new byte[] {0, 1, 2, 0, 'x'});
        signIn(driver);
        phone();
        try {
            open("admin/corpora?lang=ar");
            type(driver, "corpus-name", "skipped reasons");
            type(driver, "corpus-id", "skipped-reasons");
            WebElement upload = byId(driver, "corpus-upload");
            upload.getShadowRoot()
                    .findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(good + "\n" + empty + "\n" + binary);
            waitUntil(
                    driver,
                    d -> (Boolean) js(d).executeScript(
                                    "const f = arguments[0].files; return f.length === 3 && f.every(x => x.complete);",
                                    upload),
                    "the three files are sent");
            VaadinPage.click(driver, "create-corpus");
            List<List<String>> rows = waitForRows(driver, "rejected-files", 2);
            WebElement grid = byId(driver, "rejected-files");
            js(driver).executeScript("arguments[0].scrollIntoView()", grid);
            shoot("admin/skipped", "ar", "phone");
            @SuppressWarnings("unchecked")
            List<String> cut = (List<String>) js(driver).executeScript("""
                    return [...arguments[0].querySelectorAll('vaadin-grid-cell-content')]
                      .filter(c => c.offsetParent !== null && c.textContent.trim() !== '')
                      .filter(c => c.scrollWidth > c.clientWidth + 1 || c.scrollHeight > c.clientHeight + 1)
                      .map(c => c.textContent.trim());""", grid);
            assertThat(rows).hasSize(2);
            // the Arabic reason for the empty file, as the catalogue words it (الملف فارغ), in full
            assertThat(rows).anySatisfy(row -> assertThat(row.get(1)).isEqualTo("الملف فارغ"));
            assertThat(cut).as("cells whose text is cut").isEmpty();
        } finally {
            reset();
            corpora.find("skipped-reasons").ifPresent(c -> corpora.delete(c.id()));
        }
    }

    private void phone() {
        Screenshots.emulate(driver, PHONE_WIDTH, PHONE_HEIGHT, 1);
    }

    private void reset() {
        Screenshots.unemulate(driver);
    }

    /** Waits for Vaadin and the fonts, so that what is measured is what a person sees. */
    private void settle() {
        waitForVaadin(driver);
        js(driver).executeAsyncScript("document.fonts.ready.then(() => arguments[arguments.length - 1]())");
    }

    /** Saves what the browser shows as {@code target/screenshots/<page>-<lang>-<size>.png}. */
    private void shoot(String page, String lang, String size) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            String name = page.replaceFirst("\\?.*", "").replace('/', '-') + "-" + lang + "-" + size + ".png";
            Files.write(dir.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
