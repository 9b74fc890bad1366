package org.siyaq.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every answer, HTML page and API alike (issue 11, item 9: the HTML pages had
 * none of them): a Content-Security-Policy, Referrer-Policy, {@code nosniff}, framing only by the app
 * itself, and {@code Cache-Control: no-store} for everything but the static files of the UI (which carry
 * no user data and are worth caching). Set before the rest of the chain, as the first filter.
 * <p>
 * The policy allows what Vaadin Flow needs and no more: its bootstrap page starts the client engine with an
 * inline script, the engine builds functions from the JavaScript the server sends ({@code 'unsafe-eval'}),
 * components set inline styles; everything is loaded from the app itself, and push uses its own origin.
 * See https://vaadin.com/docs/latest/flow/security/advanced-topics/frequent-issues (CSP).
 */
public class SecurityHeaders extends OncePerRequestFilter {

    public static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** Paths of files that are the same for everyone, so caching them is safe. */
    private static final String[] STATIC = {
        "/VAADIN/", "/fonts/", "/styles/", "/scripts/", "/icons/", "/images/", "/favicon"
    };

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        if (!isStatic(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, response);
    }

    private static boolean isStatic(String path) {
        for (String prefix : STATIC) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
