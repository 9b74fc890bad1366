package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.byId;
import static org.siyaq.browser.VaadinPage.click;
import static org.siyaq.browser.VaadinPage.js;
import static org.siyaq.browser.VaadinPage.location;
import static org.siyaq.browser.VaadinPage.present;
import static org.siyaq.browser.VaadinPage.text;
import static org.siyaq.browser.VaadinPage.waitForVaadin;
import static org.siyaq.browser.VaadinPage.waitUntil;

import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.siyaq.security.ClassCodes;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an instructor sees around the tools: the Create-corpus form flags every missing field at once; the tool pages
 * say who is signed in and can sign out (a student sees nothing of it); the accounts and class-code pages switch
 * language like the others.
 */
class InstructorHeaderBrowserIT extends BrowserTestSupport {

    @Autowired
    ClassCodes codes;

    @AfterEach
    void turnTheCodeOff() {
        codes.set(false, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void create_with_neither_a_name_nor_a_file_flags_both(String lang) {
        Properties bundle = EmptyResultBrowserIT.bundle(lang);
        signIn(driver);
        open("admin/corpora?lang=" + lang);
        assertThat(byId(driver, "corpus-name").getDomAttribute("invalid")).isNull();
        click(driver, "create-corpus");
        waitUntil(driver, d -> byId(d, "corpus-name").getDomAttribute("invalid") != null, "the name is flagged");
        assertThat(byId(driver, "corpus-name").getDomProperty("errorMessage"))
                .isEqualTo(bundle.getProperty("admin.upload.name-required"));
        waitUntil(
                driver,
                d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                        .anyMatch(card -> text(d, card).contains(bundle.getProperty("upload.problem.no-files"))),
                "the missing files are flagged too");
        Screenshots.take(driver, "create-corpus-empty-" + lang, "corpus-name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void a_signed_in_instructor_sees_who_is_signed_in_on_the_tool_pages_and_can_sign_out_there(String lang) {
        Properties bundle = EmptyResultBrowserIT.bundle(lang);
        open("wordlist?lang=" + lang);
        assertThat(present(driver, "signed-in")).as("a student sees no sign-in").isFalse();
        assertThat(present(driver, "header-sign-out")).isFalse();

        signIn(driver);
        open("wordlist?lang=" + lang);
        assertThat(text(driver, byId(driver, "signed-in"))).contains(INSTRUCTOR);
        // the button's text, then its tooltip (which names the account, hidden on a phone)
        assertThat(text(driver, byId(driver, "header-sign-out"))).startsWith(bundle.getProperty("header.sign-out"));
        Screenshots.take(driver, "signed-in-" + lang, null);

        byId(driver, "header-sign-out").click();
        waitUntil(driver, d -> !present(d, "header-sign-out"), "signed out");
        open("admin/corpora");
        waitUntil(driver, d -> location(d).startsWith("login"), "the instructors' page asks for a sign-in again");
        open("wordlist?lang=" + lang);
        assertThat(present(driver, "signed-in")).isFalse();
    }

    @Test
    void signing_in_from_an_instructors_page_goes_back_to_it_under_its_own_address() {
        open("admin/corpora");
        waitUntil(driver, d -> location(d).startsWith("login"), "the instructors' page asks for a sign-in");
        submitSignIn(driver);
        // Spring Security's default would leave "admin/corpora?continue" in the address bar
        assertThat(driver.getCurrentUrl()).endsWith("/admin/corpora");
        assertThat(present(driver, "create-corpus"))
                .as("the instructors' page itself")
                .isTrue();
    }

    @Test
    void the_accounts_page_switches_to_arabic_and_back() {
        signIn(driver);
        open("admin/accounts?lang=en");
        assertThat(text(driver, byId(driver, "accounts-lang-switch"))).isEqualTo("العربية");
        byId(driver, "accounts-lang-switch").click();
        waitUntil(driver, d -> "rtl".equals(js(d).executeScript("return document.documentElement.dir")), "Arabic");
        waitForVaadin(driver);
        assertThat(location(driver)).startsWith("admin/accounts");
        assertThat(text(driver, driver.findElement(By.tagName("h1"))))
                .isEqualTo(EmptyResultBrowserIT.bundle("ar").getProperty("accounts.title"));
        Screenshots.take(driver, "accounts-ar", null);
        byId(driver, "accounts-lang-switch").click();
        waitUntil(driver, d -> "ltr".equals(js(d).executeScript("return document.documentElement.dir")), "English");
        Screenshots.take(driver, "accounts-en", null);
    }

    @Test
    void the_class_code_page_switches_language_and_still_leads_on_to_the_page_asked_for() {
        codes.set(true, "nahw-2026");
        open("collocates?lang=en");
        waitUntil(driver, d -> location(d).startsWith("class-code"), "sent to the code page");
        waitForVaadin(driver);
        assertThat(text(driver, byId(driver, "classcode-lang-switch"))).isEqualTo("العربية");
        Screenshots.take(driver, "classcode-en", null);
        byId(driver, "classcode-lang-switch").click();
        waitUntil(driver, d -> "rtl".equals(js(d).executeScript("return document.documentElement.dir")), "Arabic");
        waitForVaadin(driver);
        Screenshots.take(driver, "classcode-ar", null);
        VaadinPage.type(driver, "class-code-field", "nahw-2026");
        click(driver, "class-code-enter");
        waitUntil(driver, d -> location(d).startsWith("collocates"), "on to the page asked for");
        assertThat(js(driver).executeScript("return document.documentElement.dir"))
                .isEqualTo("rtl");
    }
}
