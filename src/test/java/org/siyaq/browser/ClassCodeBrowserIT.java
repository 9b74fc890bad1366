package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.byId;
import static org.siyaq.browser.VaadinPage.click;
import static org.siyaq.browser.VaadinPage.js;
import static org.siyaq.browser.VaadinPage.location;
import static org.siyaq.browser.VaadinPage.present;
import static org.siyaq.browser.VaadinPage.type;
import static org.siyaq.browser.VaadinPage.waitForVaadin;
import static org.siyaq.browser.VaadinPage.waitUntil;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.siyaq.security.ClassCodes;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The class code and the Arabic instructor pages in Chromium: a student sent to the code page keeps the
 * page language, is refused a wrong code, and after the right one goes on to the tool and is not asked
 * again in that session; the sign-in and corpora pages read in Arabic, right to left.
 */
class ClassCodeBrowserIT extends BrowserTestSupport {

    private static final String CODE = "nahw-2026";

    @Autowired
    ClassCodes codes;

    @AfterEach
    void turnTheCodeOff() {
        codes.set(false, null);
    }

    @Test
    void with_the_class_code_on_a_student_gives_it_once_and_goes_on_to_the_tool() {
        codes.set(true, CODE);
        open("concordance?lang=ar");
        waitUntil(driver, d -> location(d).startsWith("class-code"), "the student is sent to the code page");
        assertThat(present(driver, "concordance-query")).isFalse();
        assertThat(js(driver).executeScript("return document.documentElement.dir"))
                .isEqualTo("rtl");

        type(driver, "class-code-field", "nahw-2025");
        click(driver, "class-code-enter");
        waitUntil(driver, d -> byId(d, "class-code-field").getAttribute("invalid") != null, "a wrong code is refused");
        // and with the Enter key, as a student types it: the emptied field's own check took the refusal away
        type(driver, "class-code-field", "sarf-2026");
        byId(driver, "class-code-field").findElement(By.tagName("input")).sendKeys(Keys.ENTER);
        waitUntil(
                driver, d -> byId(d, "class-code-field").getDomProperty("value").isEmpty(), "the code is emptied");
        waitForVaadin(driver);
        assertThat(byId(driver, "class-code-field").getAttribute("invalid")).isNotNull();
        assertThat(byId(driver, "class-code-field").getDomProperty("errorMessage"))
                .isEqualTo("هذا ليس رمز الصف.");
        assertThat(location(driver)).startsWith("class-code");

        type(driver, "class-code-field", CODE);
        click(driver, "class-code-enter");
        waitUntil(driver, d -> location(d).startsWith("concordance"), "the right code leads on to the tool");
        waitUntil(driver, d -> present(d, "concordance-query"), "the concordance page shows");

        open("wordlist");
        assertThat(location(driver)).as("not asked again in this session").startsWith("wordlist");
    }

    @Test
    void the_sign_in_and_corpora_pages_read_in_arabic_right_to_left() {
        open("login?lang=ar");
        assertThat(js(driver).executeScript("return document.documentElement.dir"))
                .isEqualTo("rtl");
        assertThat(pageText()).contains("يسجّل المدرّسون الدخول هنا");
        type(driver, "vaadinLoginUsername", INSTRUCTOR);
        type(driver, "vaadinLoginPassword", INSTRUCTOR_PASSWORD);
        byId(driver, "login-form")
                .findElement(By.cssSelector("vaadin-button[slot=submit]"))
                .click();
        waitUntil(driver, d -> !location(d).startsWith("login"), "the sign-in is accepted");
        waitForVaadin(driver);
        open("admin/corpora?lang=ar");
        waitUntil(driver, d -> present(d, "corpus-admin-grid"), "the corpora page shows");
        assertThat(js(driver).executeScript("return document.documentElement.dir"))
                .isEqualTo("rtl");
        assertThat(pageText())
                .contains("المدونات")
                .contains("مدونة جديدة")
                .contains("رمز الصف")
                .doesNotContain("New corpus");
    }

    private String pageText() {
        return (String) js(driver).executeScript("return document.body.innerText");
    }
}
