package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.js;
import static org.siyaq.browser.VaadinPage.waitForRows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each header of a result table stands over its own figures: the header cell and the body cells of a column have the
 * same left and right edges. The figure columns have widths worked out on the server ({@code FigureWidths}); a width
 * in {@code ch} or {@code em} was resolved by each cell in its own font, and the header's smaller font made the header
 * row narrower, so from the third column on each header stood over its left neighbour's figures (keywords: "Log
 * ratio" over the log-likelihood). Checked in both languages (the Arabic page lays the columns out right to left).
 */
class ColumnAlignmentBrowserIT extends BrowserTestSupport {

    @ParameterizedTest
    @CsvSource({
        "keywords?where=source%3ART, keywords-grid, en",
        "keywords?where=source%3ART, keywords-grid, ar",
        "collocates?q=%D9%81%D9%8A, collocates-grid, en",
        "collocates?q=%D9%81%D9%8A, collocates-grid, ar",
        "wordlist?, wordlist-grid, en"
    })
    void every_header_stands_over_the_cells_of_its_own_column(String page, String grid, String lang) {
        open(page + "&lang=" + lang);
        waitForRows(driver, grid, 1);
        @SuppressWarnings("unchecked")
        List<List<Number>> edges = (List<List<Number>>) js(driver)
                .executeScript(
                        "const r = document.getElementById(arguments[0]);"
                                + "const heads = [...r.querySelectorAll('thead tr:last-child th')];"
                                + "const cells = [...r.querySelectorAll('tbody tr:first-child td')];"
                                + "return heads.map((h, i) => { const a = h.getBoundingClientRect(),"
                                + " b = cells[i].getBoundingClientRect(); return [a.left, a.right, b.left, b.right]; });",
                        grid);
        assertThat(edges).as("the table's columns").hasSizeGreaterThan(3);
        for (int i = 0; i < edges.size(); i++) {
            List<Number> e = edges.get(i);
            assertThat(e.get(0).doubleValue())
                    .as("column %d: the header's left edge over its cells' (%s)", i, e)
                    .isCloseTo(e.get(2).doubleValue(), org.assertj.core.data.Offset.offset(1.0));
            assertThat(e.get(1).doubleValue())
                    .as("column %d: the header's right edge over its cells' (%s)", i, e)
                    .isCloseTo(e.get(3).doubleValue(), org.assertj.core.data.Offset.offset(1.0));
        }
    }
}
