package org.siyaq.browser;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Reading and driving a Vaadin page in a browser: waiting until the client is idle, finding elements
 * by id through shadow roots, typing into fields, picking from selects, and reading a grid's rows in
 * row order (the grid reuses its row elements, so their order in the DOM means nothing).
 */
final class VaadinPage {

    static final Duration WAIT = Duration.ofSeconds(30);

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*");

    private static final String VAADIN_IDLE = """
            return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                && Object.keys(window.Vaadin.Flow.clients).length > 0
                && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())
                && !document.querySelector('siyaq-table[drawing]'));""";

    private static final String DEEP_BY_ID = """
            const find = (root, id) => {
              const hit = root.getElementById ? root.getElementById(id) : root.querySelector('#' + CSS.escape(id));
              if (hit) return hit;
              for (const e of root.querySelectorAll('*')) {
                if (e.shadowRoot) { const inner = find(e.shadowRoot, id); if (inner) return inner; }
              }
              return null;
            };
            return find(document, arguments[0]);""";

    /** The grid's rendered rows that hold data, sorted by their row index. */
    private static final String LOADED_ROWS = """
            const table = grid => grid.localName === 'siyaq-table';
            const loadedRows = grid => table(grid)
              ? [...grid.querySelectorAll('tbody > tr[data-index]')]
              : [...grid.shadowRoot.querySelectorAll('tbody#items > tr')]
              .filter(r => !r.hidden && r.index !== undefined && r.index < grid.size && !r.hasAttribute('loading'))
              .sort((a, b) => a.index - b.index);
            const rowIndex = r => r.dataset && r.dataset.index !== undefined ? Number(r.dataset.index) : r.index;
            const cells = row => row.closest('siyaq-table')
              ? [...row.querySelectorAll('td')].filter(td => getComputedStyle(td).display !== 'none')
              : [...row.querySelectorAll('td')].filter(td => !td.hidden).map(td => td._content);
            """;

    private static final String GRID_ROWS = LOADED_ROWS + """
            return loadedRows(arguments[0])
              .map(r => cells(r).map(c => c ? c.textContent.replace(/\\s+/g, ' ').trim() : ''));""";

    private static final String GRID_CELL = LOADED_ROWS + """
            const row = loadedRows(arguments[0]).find(r => rowIndex(r) === arguments[1]);
            return row ? cells(row)[arguments[2]] || null : null;""";

    private VaadinPage() {}

    static JavascriptExecutor js(WebDriver browser) {
        return (JavascriptExecutor) browser;
    }

    /** Waits until {@code condition} is true (or non-null) in {@code browser}, then returns its value. */
    static <T> T waitUntil(WebDriver browser, Function<WebDriver, T> condition, String what) {
        return new WebDriverWait(browser, WAIT)
                .withMessage("waiting until " + what)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(JavascriptException.class)
                .until(condition);
    }

    /** Waits until the Vaadin client has no request in flight. */
    static void waitForVaadin(WebDriver browser) {
        waitUntil(browser, b -> (Boolean) js(b).executeScript(VAADIN_IDLE), "Vaadin is idle");
    }

    /** The element with {@code id}, in the page or inside a shadow root; waits for it to appear. */
    static WebElement byId(WebDriver browser, String id) {
        return waitUntil(browser, b -> (WebElement) js(b).executeScript(DEEP_BY_ID, id), "#" + id + " is on the page");
    }

    /** Whether an element with {@code id} is on the page now (no waiting). */
    static boolean present(WebDriver browser, String id) {
        return js(browser).executeScript(DEEP_BY_ID, id) != null;
    }

    /** Types {@code text} into the Vaadin text field {@code fieldId}, replacing what it held. */
    static void type(WebDriver browser, String fieldId, String text) {
        WebElement input = byId(browser, fieldId).findElement(By.cssSelector("input"));
        input.clear();
        input.sendKeys(text);
    }

    static void click(WebDriver browser, String id) {
        byId(browser, id).click();
        waitForVaadin(browser);
    }

    /** Opens the Vaadin select {@code selectId} and picks the item whose text contains {@code itemText}. */
    static void choose(WebDriver browser, String selectId, String itemText) {
        WebElement select = byId(browser, selectId);
        select.click();
        WebElement item = waitUntil(
                browser,
                b -> select.findElements(By.cssSelector("vaadin-select-item")).stream()
                        .filter(i -> i.isDisplayed() && i.getText().contains(itemText))
                        .findFirst()
                        .orElse(null),
                "the item '" + itemText + "' shows in #" + selectId);
        item.click();
        waitForVaadin(browser);
    }

    /** The number of rows the grid holds in all (its data provider's count). */
    static long gridSize(WebDriver browser, String gridId) {
        Object size = js(browser).executeScript("return arguments[0].size", byId(browser, gridId));
        return size == null ? 0 : ((Number) size).longValue();
    }

    /** The rendered, loaded rows of the grid, in order: the whitespace-normalized text of each visible cell. */
    @SuppressWarnings("unchecked")
    static List<List<String>> gridRows(WebDriver browser, String gridId) {
        return (List<List<String>>) js(browser).executeScript(GRID_ROWS, byId(browser, gridId));
    }

    /** Waits until the grid shows at least {@code n} loaded rows (all of them, when it has fewer) and returns them. */
    static List<List<String>> waitForRows(WebDriver browser, String gridId, int n) {
        return waitUntil(
                browser,
                b -> {
                    long size = gridSize(b, gridId);
                    List<List<String>> rows = gridRows(b, gridId);
                    return size > 0 && rows.size() >= Math.min(n, size) ? rows : null;
                },
                "#" + gridId + " shows rows");
    }

    /** The content element of cell {@code column} (visible columns, from 0) of row {@code row}. */
    static WebElement gridCell(WebDriver browser, String gridId, int row, int column) {
        return waitUntil(
                browser,
                b -> (WebElement) js(b).executeScript(GRID_CELL, byId(b, gridId), row, column),
                "row " + row + " of #" + gridId + " is rendered");
    }

    /** An element's text content with runs of white space made one space. */
    static String text(WebDriver browser, WebElement element) {
        return normalizeSpace((String) js(browser).executeScript("return arguments[0].textContent", element));
    }

    /** Runs of white space (any Unicode space, as JavaScript's {@code \s} counts them) made one space. */
    static String normalizeSpace(String s) {
        return s == null ? "" : s.replaceAll("(?U)\\s+", " ").strip();
    }

    /** The path and query of the browser's address, decoded, e.g. {@code concordance?q=روسيا}. */
    static String location(WebDriver browser) {
        URI uri = URI.create(browser.getCurrentUrl());
        String query = uri.getQuery();
        return uri.getPath().replaceFirst("^/", "") + (query == null ? "" : "?" + query);
    }

    /** The raw (still percent-encoded) query string of the browser's address, without the {@code ?}. */
    static String rawQuery(WebDriver browser) {
        String query = URI.create(browser.getCurrentUrl()).getRawQuery();
        return query == null ? "" : query;
    }

    /** Reads a whole number as the page shows it ("1,234"). */
    static long number(String shown) {
        return Long.parseLong(shown.replace(",", "").strip());
    }

    /** The whole numbers in a text as the page shows them ("28 hits in 4 documents" gives 28, 4). */
    static List<Long> numbers(String text) {
        List<Long> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(number(m.group()));
        }
        return out;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
