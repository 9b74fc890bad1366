package org.siyaq.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.siyaq.query.QueryClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells the query pool who asks (issue 11, item 3): in the web UI, the browser session; on the API, the
 * browser session when the request carries one, otherwise the caller's address. Behind a proxy the
 * address is the proxy's unless {@code server.forward-headers-strategy} is set (see docs/security.md).
 */
@Component
class RequestClients implements QueryClient {

    @Override
    public String current() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        if (vaadin != null) {
            WrappedSession session = vaadin.getSession();
            if (session != null) {
                return "session:" + session.getId();
            }
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            HttpSession session = request.getSession(false);
            return session != null ? "session:" + session.getId() : "address:" + request.getRemoteAddr();
        }
        return null;
    }
}
