package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.js;
import static org.siyaq.browser.VaadinPage.text;
import static org.siyaq.browser.VaadinPage.waitForVaadin;
import static org.siyaq.browser.VaadinPage.waitUntil;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The keywords page's field labels are read whole at 1366×768 (the minimum frequency's was cut to "Min. frequency in
 * ta…"), and the Describe dialog writes an Arabic description right to left, on an English page too.
 */
class LabelsAndDirectionBrowserIT extends BrowserTestSupport {

    /**
     * The labels of the page's fields that are cut: Lumo cuts a label in the field's shadow part {@code label}
     * (overflow hidden, an ellipsis), so that part is wider inside than its box.
     */
    private static final String CUT_LABELS = """
            return [...document.querySelectorAll('.controls *')]
              .filter(f => f.shadowRoot && f.offsetParent !== null)
              .map(f => [f, f.shadowRoot.querySelector('[part~="label"]')])
              .filter(([f, part]) => part && part.offsetWidth > 0 && part.scrollWidth > part.clientWidth + 1)
              .map(([f, part]) => f.id || f.tagName);""";

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void the_keywords_labels_are_not_cut_on_a_laptop(String lang) {
        open("keywords?lang=" + lang);
        waitUntil(driver, d -> VaadinPage.present(d, "keywords-minfreq"), "the keywords page");
        waitForVaadin(driver);
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) js(driver).executeScript(CUT_LABELS);
        assertThat(cut).isEmpty();
        assertThat(text(driver, VaadinPage.byId(driver, "keywords-minfreq")))
                .contains(EmptyResultBrowserIT.bundle(lang).getProperty("keywords.min-freq"));
        Screenshots.take(driver, "keywords-labels-" + lang, null);
    }

    @Test
    void an_arabic_description_reads_right_to_left_in_the_describe_dialog_of_an_english_page() {
        signIn(driver);
        open("admin/corpora?lang=en");
        WebElement describe = waitUntil(
                driver,
                d -> d.findElements(By.cssSelector("vaadin-button")).stream()
                        .filter(b -> "Describe".equals(b.getText().trim()))
                        .findFirst()
                        .orElse(null),
                "a Describe button");
        describe.click();
        WebElement area = waitUntil(
                driver,
                // the dialog's, not the new-corpus form's on the page behind it
                d -> d
                        .findElements(
                                By.cssSelector(
                                        "vaadin-dialog vaadin-text-area textarea, vaadin-dialog-overlay vaadin-text-area textarea"))
                        .stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null),
                "the description field");
        area.clear();
        area.sendKeys("مقالات إخبارية عن المحادثات");
        waitForVaadin(driver);
        assertThat(js(driver).executeScript("return arguments[0].matches(':dir(rtl)')", area))
                .as("the Arabic description is right to left")
                .isEqualTo(true);
        Screenshots.take(driver, "describe-arabic-en", null);
        area.clear();
        area.sendKeys("News articles");
        assertThat(js(driver).executeScript("return arguments[0].matches(':dir(ltr)')", area))
                .as("an English one left to right")
                .isEqualTo(true);
    }
}
