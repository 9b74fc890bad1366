package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.byId;
import static org.siyaq.browser.VaadinPage.click;
import static org.siyaq.browser.VaadinPage.js;
import static org.siyaq.browser.VaadinPage.location;
import static org.siyaq.browser.VaadinPage.waitForRows;
import static org.siyaq.browser.VaadinPage.waitForVaadin;
import static org.siyaq.browser.VaadinPage.waitUntil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.siyaq.collocation.CollocationMeasure;
import org.siyaq.i18n.Messages;
import org.siyaq.keywords.KeywordDirection;

/**
 * The pickers that keep their options in one element property ({@code OptionSelect}, issue 15): each
 * lists the options in the page's language, a choice reaches the server (and the address), and the
 * open list is photographed at a laptop and a phone size ({@code target/screenshots/picker-*}).
 */
class PickersBrowserIT extends BrowserTestSupport {

    private static final String WORD = "روسيا";

    /** Each option of the picker as its text in the open list: label, and help line if any. */
    @SuppressWarnings("unchecked")
    private List<String> options(String selectId) {
        return (List<String>) js(driver)
                .executeScript(
                        // the list's items, not the copy of the chosen one in the closed field
                        "return [...arguments[0].querySelectorAll('vaadin-select-item')]"
                                + ".filter(i => !i.closest('vaadin-select-value-button')).map(i => i.textContent)",
                        byId(driver, selectId));
    }

    /** Opens the picker at both sizes and photographs the open list, then closes it. */
    private void photographOpen(String name, String selectId) {
        try {
            Files.createDirectories(Screenshots.FOLDER);
            for (Dimension size : List.of(new Dimension(1366, 768), new Dimension(412, 900))) {
                driver.manage().window().setSize(size);
                waitForVaadin(driver);
                js(driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", byId(driver, selectId));
                // opened as a click on its button would (a click on the element's middle can land on its help line)
                js(driver).executeScript("arguments[0].opened = true", byId(driver, selectId));
                waitUntil(
                        driver,
                        d -> Boolean.TRUE.equals(js(d).executeScript("return arguments[0].opened", byId(d, selectId))),
                        "#" + selectId + " opens");
                Thread.sleep(400);
                Files.write(
                        Screenshots.FOLDER.resolve("picker-" + name + "-" + size.getWidth() + ".png"),
                        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
                js(driver).executeScript("arguments[0].opened = false", byId(driver, selectId));
                waitUntil(
                        driver,
                        d -> Boolean.FALSE.equals(js(d).executeScript("return arguments[0].opened", byId(d, selectId))),
                        "#" + selectId + " closes");
            }
            driver.manage().window().setSize(new Dimension(1366, 768));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Chooses the option whose text contains {@code itemText}, as a student does: open the list, click the item. */
    private void pick(String selectId, String itemText) {
        js(driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", byId(driver, selectId));
        js(driver).executeScript("arguments[0].opened = true", byId(driver, selectId));
        waitUntil(
                        driver,
                        d ->
                                byId(d, selectId)
                                        .findElements(org.openqa.selenium.By.cssSelector("vaadin-select-item"))
                                        .stream()
                                        .filter(i ->
                                                i.isDisplayed() && i.getText().contains(itemText))
                                        .findFirst()
                                        .orElse(null),
                        "the item '" + itemText + "' shows in #" + selectId)
                .click();
        waitForVaadin(driver);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void the_collocation_measure_lists_each_measure_with_its_formula_and_a_choice_sorts_again(String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        open("collocates?lang=" + lang + "&q=" + enc(WORD));
        waitForRows(driver, "collocates-grid", 1);
        photographOpen("collocates-measure-" + lang, "collocates-measure");
        List<String> options = options("collocates-measure");
        // one option per measure, in the enum's order, each its column name followed by its formula and what it favours
        assertThat(options).hasSize(CollocationMeasure.values().length);
        for (int i = 0; i < options.size(); i++) {
            String key = CollocationMeasure.values()[i].key();
            assertThat(options.get(i))
                    .startsWith(Messages.get("column." + key, locale))
                    .contains(Messages.get("measure." + key, locale));
        }
        pick("collocates-measure", Messages.get("column.mi", locale));
        waitUntil(
                driver,
                d -> location(d).contains("sort=mi&") || location(d).endsWith("sort=mi"),
                "the address has sort=mi");
        waitForRows(driver, "collocates-grid", 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void the_keywords_direction_and_sort_pickers_choose_what_the_table_shows(String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        open("keywords?lang=" + lang + "&where=source%3ART");
        waitForRows(driver, "keywords-grid", 1);
        photographOpen("keywords-show-" + lang, "keywords-show");
        assertThat(options("keywords-show"))
                .containsExactlyElementsOf(Arrays.stream(KeywordDirection.values())
                        .map(d -> Messages.get("keywords.show." + d.key(), locale))
                        .toList());
        pick("keywords-show", Messages.get("keywords.show.negative", locale));
        pick("keywords-sort", "log_ratio");
        click(driver, "keywords-run");
        waitUntil(
                driver,
                d -> location(d).contains("show=negative") && location(d).contains("sort=log_ratio"),
                "the address has the choices");
        waitForRows(driver, "keywords-grid", 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void the_metadata_chart_and_the_query_builder_pickers_show_their_options(String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        open("concordance?lang=" + lang + "&bars=source&q=" + enc(WORD));
        waitForRows(driver, "bymeta-grid", 1);
        photographOpen("bymeta-field-" + lang, "bymeta-field");
        assertThat(options("bymeta-field")).contains(Messages.get("where.field.source", locale));
        pick("bymeta-granularity", Messages.get("bymeta.granularity.value", locale));
        js(driver).executeScript("arguments[0].opened = true", byId(driver, "query-builder"));
        waitUntil(
                driver,
                d -> !d.findElements(org.openqa.selenium.By.id("query-builder-level-0"))
                        .isEmpty(),
                "the builder's form");
        photographOpen("builder-level-" + lang, "query-builder-level-0");
        assertThat(options("query-builder-level-0")).contains(Messages.get("level.root", locale));
        VaadinPage.type(driver, "query-builder-value-0", WORD);
        pick("query-builder-level-0", Messages.get("level.root", locale));
        waitUntil(
                driver,
                d -> VaadinPage.text(d, byId(d, "query-builder-cql")).contains("root="),
                "the builder writes root=");
    }
}
