package org.siyaq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siyaq.browser.VaadinPage.gridSize;
import static org.siyaq.browser.VaadinPage.waitForRows;

import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.siyaq.ui.FastAnswer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The push connection's buffers are small ({@code ui/PushBuffers}: 2 KB at Tomcat, issue 15), so a large
 * answer leaves the server in many fragments: the browser must still receive it whole and show it.
 */
class PushBuffersBrowserIT extends BrowserTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    void configure(ChromeOptions options) {
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
    }

    /** The longest WebSocket message the page received since the last call, in bytes of UTF-8. */
    private long longestPushMessage() {
        long longest = 0;
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).get("message");
            if ("Network.webSocketFrameReceived".equals(message.get("method").asString())) {
                String payload =
                        message.get("params").get("response").get("payloadData").asString();
                longest = Math.max(longest, payload.getBytes(StandardCharsets.UTF_8).length);
            }
        }
        return longest;
    }

    @Test
    void a_concordance_answer_many_times_the_buffer_arrives_whole() {
        long total = api("api/corpora/bundled/concordance?limit=1&q=" + enc("في"))
                .get("total")
                .asLong();
        // the most frequent word with five sentences of context: the first page of 50 long lines comes by push
        // the page first, then a Run: the answer of a Run comes by push (a first page's may come with the page)
        // a fast Run answers in the click's own response (FastAnswer): here every answer goes by push
        System.setProperty(FastAnswer.WAIT_PROPERTY, "0");
        long longest;
        try {
            open("concordance?sentences=5");
            VaadinPage.waitForVaadin(driver);
            longestPushMessage();
            VaadinPage.type(driver, "concordance-query", "في");
            VaadinPage.click(driver, "concordance-run");
            waitForRows(driver, "concordance-grid", 1);
            longest = longestPushMessage();
        } finally {
            System.clearProperty(FastAnswer.WAIT_PROPERTY);
        }
        assertThat(longest)
                .as("the answer is larger than ten of Tomcat's 2 KB buffers")
                .isGreaterThan(10L * 2048);
        assertThat(gridSize(driver, "concordance-grid"))
                .as("the grid got the count from that answer")
                .isEqualTo(total);
    }
}
