package org.siyaq.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.siyaq.i18n.Messages;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The generated first password is good for one thing only (issue 11, item 9): setting a new one. An
 * instructor still signed in with it gets 403 on every instructor request of the API but
 * {@code PUT /api/admin/accounts/{itself}/password}; in the browser {@link FirstPasswordView} sends it to
 * the accounts page. Runs after HTTP Basic has read the credentials.
 */
class FirstPasswordGuard extends OncePerRequestFilter {

    static final String ACCOUNTS = "/api/admin/accounts/";

    private final Accounts accounts;

    FirstPasswordGuard(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = Roles.currentAuthentication();
        if (Roles.isInstructor(auth)
                && accounts.mustChangePassword(auth.getName())
                && !settingOwnPassword(request, auth.getName())) {
            ApiSecurityErrors.forbidden(
                    response,
                    Messages.english("harden.accounts.change-first"),
                    Messages.arabic("harden.accounts.change-first"));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean settingOwnPassword(HttpServletRequest request, String user) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return HttpMethod.PUT.matches(request.getMethod()) && path.equalsIgnoreCase(ACCOUNTS + user + "/password");
    }
}
