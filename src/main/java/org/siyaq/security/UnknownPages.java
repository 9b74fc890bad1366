package org.siyaq.security;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A page address no view answers (a mistyped {@code /concordanc}): let it through to the UI, whose
 * "page not found" view is open to everyone, instead of sending a student to the instructor sign-in
 * (issue 12, item 5). Only plain page loads: Vaadin's own requests, the API and known views keep their rules.
 */
final class UnknownPages implements RequestMatcher {

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getParameter("v-r") != null) {
            return false;
        }
        String path = request.getRequestURI()
                .substring(request.getContextPath().length())
                .replaceFirst("^/+", "");
        if (path.isEmpty() || path.startsWith("VAADIN/") || path.startsWith("api/") || path.contains(".")) {
            return false;
        }
        ApplicationRouteRegistry routes =
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()));
        return routes.getNavigationTarget(path).isEmpty();
    }
}
