package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.blankToNull;
import static org.siyaq.browser.VaadinPage.byId;
import static org.siyaq.browser.VaadinPage.choose;
import static org.siyaq.browser.VaadinPage.click;
import static org.siyaq.browser.VaadinPage.gridRows;
import static org.siyaq.browser.VaadinPage.js;
import static org.siyaq.browser.VaadinPage.location;
import static org.siyaq.browser.VaadinPage.number;
import static org.siyaq.browser.VaadinPage.numbers;
import static org.siyaq.browser.VaadinPage.present;
import static org.siyaq.browser.VaadinPage.text;
import static org.siyaq.browser.VaadinPage.type;
import static org.siyaq.browser.VaadinPage.waitForRows;
import static org.siyaq.browser.VaadinPage.waitUntil;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.siyaq.security.SecurityHeaders;
import tools.jackson.databind.JsonNode;

/**
 * An instructor's corpus from sign-in to the class, in Chromium: sign in on the login page, upload a
 * zip of 100+ mixed files through the upload component, watch it index, share it, and a student in
 * another browser (not signed in) picks it and runs a concordance; and a visitor who is not signed in
 * never reaches the corpus page.
 */
class InstructorCorpusBrowserIT extends BrowserTestSupport {

    private static final int ID = 1;
    private static final int DOCUMENTS = 2;
    private static final int TOKENS = 3;

    @Test
    void an_uploaded_zip_is_indexed_shared_and_searched_by_a_student_in_another_browser(@TempDir Path folder)
            throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String id = "browser-" + suffix;
        String name = "Browser upload " + suffix;
        MixedUpload.Contents zip = MixedUpload.write(folder.resolve("class-texts.zip"));
        assertThat(zip.files()).isGreaterThanOrEqualTo(100);

        signIn(driver);
        open("admin/corpora");
        type(driver, "corpus-name", name);
        type(driver, "corpus-id", id);
        WebElement upload = byId(driver, "corpus-upload");
        upload.getShadowRoot()
                .findElement(By.cssSelector("input[type=file]"))
                .sendKeys(zip.zip().toString());
        waitUntil(
                driver,
                d -> (Boolean) js(d).executeScript(
                                "const f = arguments[0].files; return f.length === 1 && f[0].complete === true && !f[0].error;",
                                upload),
                "the zip is uploaded");
        click(driver, "create-corpus");

        List<List<String>> rejected = waitForRows(driver, "rejected-files", 2);
        assertThat(rejected).hasSize(2);
        assertThat(rejected).anySatisfy(row -> assertThat(row.getFirst()).endsWith(MixedUpload.EMPTY_FILE));
        assertThat(rejected).anySatisfy(row -> assertThat(row.getFirst()).endsWith(MixedUpload.BINARY_FILE));
        rejected.forEach(row ->
                assertThat(row.get(1)).as("each skipped file has its reason").isNotBlank());

        List<String> progressSeen = new ArrayList<>();
        List<String> ready = waitUntil(
                driver,
                d -> {
                    String progress = text(d, byId(d, "indexing-progress"));
                    if (progress.contains(id)) {
                        progressSeen.add(progress);
                        return null;
                    }
                    return gridRows(d, "corpus-admin-grid").stream()
                            .filter(row -> row.size() > TOKENS && row.get(ID).equals(id))
                            .filter(row -> number(row.get(DOCUMENTS)) == zip.documents())
                            .findFirst()
                            .orElse(null);
                },
                "the corpus is listed as indexed");
        assertThat(number(ready.get(TOKENS))).isGreaterThan(zip.documents() * 50L);
        System.out.println("Indexing progress seen in the browser: " + progressSeen);

        assertThat(visibleToStudents(id)).as("a draft is not shown to students").isFalse();
        share(name);
        waitUntil(driver, d -> visibleToStudents(id), "the API shows the corpus to everyone");

        WebDriver student = newBrowser();
        open(student, "concordance");
        choose(student, "corpus-picker", name);
        waitUntil(student, d -> location(d).contains("corpus=" + id), "the student's page switches to the new corpus");
        type(student, "concordance-query", MixedUpload.MARKER);
        click(student, "concordance-run");
        String summary =
                waitUntil(student, d -> blankToNull(text(d, byId(d, "concordance-summary"))), "the hit count shows");
        assertThat(numbers(summary)).as(summary).containsExactly((long) zip.markers(), (long) zip.documents());
        List<List<String>> lines = waitForRows(student, "concordance-grid", 3);
        lines.forEach(line -> assertThat(line.getFirst()).contains(MixedUpload.MARKER));
        assertThat(present(student, "corpus-upload")).isFalse();
    }

    @Test
    void an_instructor_adds_another_instructor_whose_password_then_works() throws Exception {
        signIn(driver);
        open("admin/accounts");
        type(driver, "account-username", "assistant");
        type(driver, "account-password", "short");
        click(driver, "account-add");
        assertThat(gridRows(driver, "accounts-grid"))
                .as("a too-short password adds nobody")
                .noneMatch(row -> row.contains("assistant"));

        type(driver, "account-password", "assistant-pass-42");
        click(driver, "account-add");
        waitUntil(
                driver,
                d -> gridRows(d, "accounts-grid").stream().anyMatch(row -> row.contains("assistant")),
                "the new instructor is listed");

        String basic =
                Base64.getEncoder().encodeToString("assistant:assistant-pass-42".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "api/admin/accounts"))
                .header("Authorization", "Basic " + basic)
                .GET()
                .build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("assistant").contains(INSTRUCTOR);
    }

    @Test
    void a_visitor_who_is_not_signed_in_is_sent_from_the_corpus_page_to_the_login_page() {
        open("admin/corpora");
        waitUntil(driver, d -> location(d).startsWith("login"), "the address becomes the login page");
        assertThat(byId(driver, "login-form").isDisplayed()).isTrue();
        assertThat(present(driver, "corpus-upload")).isFalse();
        assertThat(present(driver, "corpus-admin-grid")).isFalse();
        assertThat(httpGet("api/corpora/bundled/progress").statusCode())
                .as("nor the instructor API")
                .isIn(401, 404);
    }

    /**
     * Issue 11, item 9: the pages carry a Content-Security-Policy and Vaadin works under it. The sign-in
     * form, the corpus page with its upload, grid and push updates, and the accounts page render, and the
     * browser's console reports nothing blocked by the policy.
     */
    @Test
    void the_pages_work_under_the_content_security_policy() throws Exception {
        for (String path : List.of("", "login", "admin/corpora")) {
            HttpResponse<String> page = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(baseUrl() + path))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValue(SecurityHeaders.POLICY);
        }
        signIn(driver);
        waitUntil(driver, d -> present(d, "concordance-run"), "the tools page renders after the sign-in");
        open("admin/corpora");
        waitUntil(driver, d -> present(d, "corpus-admin-grid"), "the corpus page renders");
        assertThat(present(driver, "corpus-upload")).isTrue();
        open("admin/accounts");
        waitUntil(driver, d -> present(d, "accounts-grid"), "the accounts page renders");
        List<String> blocked = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy"))
                .toList();
        assertThat(blocked).as("console messages about the policy").isEmpty();
    }

    /** Ticks "Shared with the class" for the corpus (the grid is redrawn every second, so a stale box is found again). */
    private void share(String name) {
        By box = By.cssSelector(
                "#corpus-admin-grid input[type=checkbox][aria-label='Shared with the class: " + name + "']");
        waitUntil(
                driver,
                d -> {
                    try {
                        WebElement checkbox = d.findElement(box).findElement(By.xpath(".."));
                        checkbox.click();
                        return true;
                    } catch (StaleElementReferenceException e) {
                        return false;
                    }
                },
                "the share box is ticked");
        waitUntil(
                driver,
                d -> Boolean.TRUE.equals(js(d).executeScript("return arguments[0].checked", d.findElement(box))),
                "the share box stays ticked");
    }

    /** Whether the API lists the corpus, as class material, to someone who is not signed in. */
    private boolean visibleToStudents(String id) {
        for (JsonNode corpus : api("api/corpora")) {
            if (corpus.get("id").asString().equals(id)) {
                return corpus.get("visibility").asString().equals("class");
            }
        }
        return false;
    }
}
