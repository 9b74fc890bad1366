package org.siyaq.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links from the UI to the HTTP API, relative to the application's root (Vaadin sets the page's base). */
public final class ApiLinks {

    private ApiLinks() {}

    /** {@code api/corpora/{corpus}/{table}?{params}&format=csv}, every value percent-encoded. */
    public static String csv(String corpus, String table, UrlState params) {
        String query = params.with("format", "csv").queryString();
        return "api/corpora/"
                + URLEncoder.encode(corpus, StandardCharsets.UTF_8).replace("+", "%20") + "/" + table + "?" + query;
    }
}
