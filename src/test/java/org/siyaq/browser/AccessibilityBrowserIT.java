package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.byId;
import static org.siyaq.browser.VaadinPage.js;
import static org.siyaq.browser.VaadinPage.present;
import static org.siyaq.browser.VaadinPage.waitForRows;
import static org.siyaq.browser.VaadinPage.waitForVaadin;
import static org.siyaq.browser.VaadinPage.waitUntil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * axe-core on every page, in English and in Arabic (issue 12, item 21): each tool with a result, the
 * pictures drawn, the reader, the own-text page, the "about this corpus" panel opened, the not-found
 * page, the sign-in and, signed in, the instructors' pages. No page may have a serious or critical
 * violation; every violation of any impact is written, per page, to {@code target/axe/<lang>.txt}.
 */
class AccessibilityBrowserIT extends BrowserTestSupport {

    private static final String NODE = "روسيا";
    private static final Path REPORT = Path.of("target", "axe");

    /** A page to check: its address, and what shows when it is ready. */
    private record Page(String name, String path, Consumer<WebDriver> ready) {}

    private static Consumer<WebDriver> rows(String gridId) {
        return d -> waitForRows(d, gridId, 1);
    }

    private static Consumer<WebDriver> shows(String id) {
        return d -> waitUntil(d, b -> present(b, id), "#" + id + " shows");
    }

    private static final List<Page> STUDENT_PAGES = List.of(
            new Page("concordance", "concordance?q=" + enc(NODE), rows("concordance-grid")),
            new Page("word list, about panel open", "wordlist", d -> {
                rows("wordlist-grid").accept(d);
                byId(d, "wordlist-about")
                        .findElement(By.cssSelector("vaadin-details-summary"))
                        .click();
                waitForVaadin(d);
            }),
            new Page("collocates", "collocates?q=" + enc(NODE), rows("collocates-grid")),
            new Page("n-grams", "ngrams?n=2", rows("ngrams-grid")),
            new Page("keywords", "keywords?where=source%3ART", rows("keywords-grid")),
            new Page("documents", "documents", rows("documents-grid")),
            new Page("reader", "documents/1?from=0&to=3", shows("document-text")),
            new Page("dispersion plot", "concordance?plot=dispersion&q=" + enc(NODE), shows("dispersion-svg")),
            new Page("bars by source", "concordance?bars=source&q=" + enc(NODE), shows("bymeta-svg")),
            new Page("collocate network", "collocates?net=8&q=" + enc(NODE), shows("network-svg")),
            new Page(
                    "keyword cloud",
                    "keywords?where=source%3ART&cloud=log_likelihood&x=" + enc(NODE),
                    shows("cloud-svg")),
            new Page("own text", "own-text", shows("owntext-text")),
            new Page("not found", "concordanc", shows("not-found-view")),
            new Page("sign-in", "login", shows("login-form")));

    private static final List<Page> INSTRUCTOR_PAGES = List.of(
            new Page("admin corpora", "admin/corpora", shows("corpus-admin-grid")),
            new Page("admin accounts", "admin/accounts", shows("accounts-grid")));

    private final List<String> timings = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void no_page_has_a_serious_or_critical_violation(String lang) {
        Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();
        timings.clear();
        STUDENT_PAGES.forEach(page -> found.put(page.name(), check(page, lang)));
        signIn(driver);
        INSTRUCTOR_PAGES.forEach(page -> found.put(page.name(), check(page, lang)));
        write(lang, found);

        List<String> blocking = new ArrayList<>();
        found.forEach((page, violations) ->
                violations.stream().filter(Axe.Violation::blocking).forEach(v -> blocking.add(page + ": " + v)));
        assertThat(blocking)
                .as("serious or critical axe violations in the %s UI", lang)
                .isEmpty();
    }

    private List<Axe.Violation> check(Page page, String lang) {
        long start = System.nanoTime();
        open(page.path() + (page.path().contains("?") ? "&" : "?") + "lang=" + lang);
        page.ready().accept(driver);
        // axe reads the page's language from <html lang>; it cannot know that it should be the UI's
        assertThat(js(driver).executeScript("return [document.documentElement.lang, document.documentElement.dir]"))
                .as("the html element's lang and dir on the %s page", page.name())
                .isEqualTo(List.of(lang, lang.equals("ar") ? "rtl" : "ltr"));
        long ready = System.nanoTime();
        List<Axe.Violation> found = Axe.check(driver);
        timings.add("%s: page %d ms, axe %d ms"
                .formatted(page.name(), (ready - start) / 1_000_000, (System.nanoTime() - ready) / 1_000_000));
        return found;
    }

    /** One line per page (its counts by impact), then every violation in full. */
    private void write(String lang, Map<String, List<Axe.Violation>> found) {
        StringBuilder out = new StringBuilder();
        found.forEach((page, violations) -> {
            Map<String, Integer> byImpact = new LinkedHashMap<>();
            for (String impact : List.of("critical", "serious", "moderate", "minor")) {
                byImpact.put(impact, (int) violations.stream()
                        .filter(v -> v.impact().equals(impact))
                        .count());
            }
            out.append(page).append(": ").append(byImpact).append('\n');
        });
        out.append('\n').append(String.join("\n", timings)).append('\n');
        found.forEach((page, violations) -> violations.forEach(
                v -> out.append('\n').append(page).append(": ").append(v).append('\n')));
        try {
            Files.createDirectories(REPORT);
            Files.writeString(REPORT.resolve(lang + ".txt"), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
