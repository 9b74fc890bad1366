package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.byId;
import static org.siyaq.browser.VaadinPage.js;
import static org.siyaq.browser.VaadinPage.location;
import static org.siyaq.browser.VaadinPage.waitForRows;
import static org.siyaq.browser.VaadinPage.waitUntil;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The concordance and the word list with the keyboard alone (issue 12, item 21): Tab reaches the menu,
 * then the query box, the level, Run, the CSV link and the table, in that order, each showing where the
 * focus is; Enter in the query box runs the query, and Enter on a row does what a click does.
 */
class KeyboardBrowserIT extends BrowserTestSupport {

    private static final String NODE = "روسيا";
    private static final int MAX_TABS = 80;

    /**
     * Where the focus is after a Tab: the component with an id of our own around the deepest focused
     * element (ids inside components' shadows and Vaadin's generated ids are skipped), and whether the element Tab left looks different now
     * that it is not focused, so that its focus was visible: its outline or box shadow (or those of its
     * ::before, ::after, of a component on the way up, or of a part of the component's shadow) changed.
     */
    private static final String STEP = """
            const up = n => n.parentElement || (n.getRootNode() instanceof ShadowRoot ? n.getRootNode().host : null);
            let active = document.activeElement;
            while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
            const ours = n => n.id && n.getRootNode() === document && !/vaadin-|^(input|label|textarea)-/.test(n.id);
            const nodes = [];
            let component = null;
            for (let n = active; n; n = up(n)) {
              nodes.push(n);
              if (ours(n)) { component = n; break; }
            }
            const top = component || active;
            if (top && top.shadowRoot && top.localName !== 'vaadin-grid') {
              nodes.push(...[...top.shadowRoot.querySelectorAll('[part]')].slice(0, 40));
            }
            const look = list => JSON.stringify(list.map(n => [null, '::before', '::after'].map(p => {
              const c = getComputedStyle(n, p);
              return c.outlineStyle + ' ' + c.outlineWidth + ' ' + c.outlineColor + ' | ' + c.boxShadow;
            })));
            const previous = window.__siyaqFocus;
            const shown = previous ? previous.look !== look(previous.nodes) : null;
            window.__siyaqFocus = {nodes, look: look(nodes)};
            return {id: top ? (top.id || top.localName) : 'none', previousShown: shown};
            """;

    /** One Tab stop: the component reached, and whether the focus on the stop before it was visible. */
    private record Stop(String id, Boolean previousShown) {}

    @Test
    void tab_reaches_the_menu_then_the_concordance_controls_in_order_and_enter_runs_the_query() {
        open("concordance?lang=en");
        typeInto("concordance-query", NODE);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitUntil(driver, d -> location(d).contains("q="), "Enter in the query box runs the query");
        waitForRows(driver, "concordance-grid", 1);
        assertThat(byId(driver, "csv-export").getDomAttribute("href")).isNotBlank();

        assertTabOrder("concordance-query", "concordance-level", "concordance-run", "csv-export", "concordance-grid");
        enterOnFirstRow("concordance-grid", "documents/", "Enter on a line opens it in the reader");
    }

    @Test
    void tab_reaches_the_word_list_controls_and_enter_on_a_word_opens_its_concordance() {
        open("wordlist?lang=ar");
        waitForRows(driver, "wordlist-grid", 3);
        assertTabOrder("wordlist-level", "wordlist-run", "csv-export", "wordlist-grid");
        enterOnFirstRow("wordlist-grid", "concordance?", "Enter on a word opens its concordance");
    }

    /**
     * Tabs through the whole page: every menu entry is reached, in the menu's order, then {@code controls}
     * in this order; and every stop showed where the focus was.
     */
    @SuppressWarnings("unchecked")
    private void assertTabOrder(String... controls) {
        List<String> expected = new ArrayList<>((List<String>) js(driver)
                .executeScript(
                        "return [...document.querySelectorAll('#tool-nav vaadin-side-nav-item')].map(i => i.id)"));
        assertThat(expected).as("the menu's entries").hasSizeGreaterThan(5);
        expected.addAll(List.of(controls));
        List<Stop> stops = tabThrough();
        assertThat(stops.stream().map(Stop::id).toList())
                .as("the order of the Tab stops")
                .containsSubsequence(expected);
        List<String> hidden = new ArrayList<>();
        // a stop's focus is judged when the next Tab leaves it, so the last stop is not judged
        for (int i = 1; i < stops.size(); i++) {
            if (!Boolean.TRUE.equals(stops.get(i).previousShown())) {
                hidden.add(stops.get(i - 1).id());
            }
        }
        assertThat(hidden).as("Tab stops whose focus did not show").isEmpty();
    }

    /** Tabs into the grid's first row and presses Enter: the page must go where a click on the row goes. */
    private void enterOnFirstRow(String gridId, String locationPrefix, String what) {
        tabIntoRows(gridId);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitUntil(driver, d -> location(d).startsWith(locationPrefix), what);
    }

    /**
     * Makes the next Tab start at the top of the page, as after a fresh load: a throw-away focusable
     * element first in the body takes the focus (Chromium would go on from the last focused element).
     */
    private void fromTheTop() {
        js(driver).executeScript("""
                const start = document.createElement('span');
                start.id = 'tab-start';
                start.tabIndex = 0;
                document.body.prepend(start);
                start.focus();""");
    }

    /** One Tab; the throw-away start of {@link #fromTheTop()} goes once the focus has left it. */
    private void tab() {
        new Actions(driver).sendKeys(Keys.TAB).perform();
        js(driver).executeScript("document.getElementById('tab-start')?.remove()");
    }

    /** Tabs from the top of the page until the focus comes back round (or {@link #MAX_TABS} stops). */
    @SuppressWarnings("unchecked")
    private List<Stop> tabThrough() {
        fromTheTop();
        js(driver).executeScript("window.__siyaqFocus = null");
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < MAX_TABS; i++) {
            tab();
            Map<String, Object> step = (Map<String, Object>) js(driver).executeScript(STEP);
            Stop stop = new Stop((String) step.get("id"), (Boolean) step.get("previousShown"));
            if (!stops.isEmpty() && stops.getFirst().id().equals(stop.id()) && stops.size() > 2) {
                break;
            }
            stops.add(stop);
        }
        System.out.println("Tab stops: " + stops);
        return stops;
    }

    /** Tabs from the top of the page into the grid's body (its first row: the grid keeps the row it was left on). */
    private void tabIntoRows(String gridId) {
        fromTheTop();
        for (int i = 0; i < MAX_TABS; i++) {
            tab();
            Boolean inBody = (Boolean) js(driver).executeScript(IN_BODY, byId(driver, gridId));
            if (Boolean.TRUE.equals(inBody)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached the rows of #" + gridId);
    }

    /** Whether the focus is in the table's body: a vaadin-grid's (in its shadow) or a siyaq-table's (its light DOM). */
    private static final String IN_BODY = """
            const table = arguments[0];
            if (table.localName === 'siyaq-table') {
              const focused = document.activeElement;
              return !!focused && table.contains(focused) && !!focused.closest('tbody');
            }
            const focused = table.shadowRoot.activeElement;
            return !!focused && !!focused.closest('tbody#items');""";

    /** Types into a text field as a keyboard user does: into the field that has the focus. */
    private void typeInto(String fieldId, String text) {
        byId(driver, fieldId).findElement(By.cssSelector("input")).click();
        new Actions(driver).sendKeys(text).perform();
    }
}
