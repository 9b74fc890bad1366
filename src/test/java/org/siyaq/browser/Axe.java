package org.siyaq.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, Deque's accessibility engine, run in the page: its {@code axe.min.js} (npm's build, carried
 * by the test-only {@code com.deque.html.axe-core:selenium} jar, of which nothing else is used) is
 * injected through WebDriver, which the page's Content-Security-Policy does not govern, and
 * {@code axe.run} checks the document, open shadow roots included (every Vaadin component's).
 */
final class Axe {

    /** The impacts a page must not have (axe's four are minor, moderate, serious, critical). */
    static final List<String> BLOCKING = List.of("serious", "critical");

    private static final String SOURCE = load();

    /** Runs axe on the whole document; answers one entry per violated rule with its failing nodes. */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
              .then(r => done(r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.map(n => JSON.stringify(n.target) + (n.failureSummary
                  ? ' — ' + n.failureSummary.replace(/\\s+/g, ' ') : ''))
              }))))
              .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: []}]));
            """;

    /** One rule the page breaks: axe's id, its impact, its one-line help and the failing nodes' selectors. */
    record Violation(String rule, String impact, String help, List<String> targets) {

        boolean blocking() {
            return BLOCKING.contains(impact);
        }

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + "\n      " + String.join("\n      ", targets);
        }
    }

    private Axe() {}

    /** Every violation axe finds in {@code browser}'s current page, of any impact. */
    @SuppressWarnings("unchecked")
    static List<Violation> check(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(SOURCE);
        }
        List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript(RUN);
        return found.stream()
                .map(v -> new Violation(
                        (String) v.get("id"), String.valueOf(v.get("impact")), (String) v.get("help"), (List<String>)
                                v.get("targets")))
                .toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
