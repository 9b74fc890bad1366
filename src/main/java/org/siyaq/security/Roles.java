package org.siyaq.security;

import com.vaadin.flow.server.VaadinServlet;
import jakarta.servlet.ServletContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The two roles: an instructor signs in; a student is anyone who has not (the classroom default), so
 * there is no student account and no student role to check.
 */
public final class Roles {

    /** The role name as used in {@code @RolesAllowed} and {@code hasRole}. */
    public static final String INSTRUCTOR = "INSTRUCTOR";

    /** The servlet-context attribute that keeps the application's strategy once found. */
    private static final String STRATEGY_ATTRIBUTE = Roles.class.getName() + ".strategy";

    private Roles() {}

    /** Whether the current request or UI session belongs to a signed-in instructor. */
    public static boolean isInstructor() {
        return isInstructor(currentAuthentication());
    }

    /** Whether {@code auth} (may be null) is a signed-in instructor. */
    public static boolean isInstructor(Authentication auth) {
        return auth != null
                && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + INSTRUCTOR).equals(a.getAuthority()));
    }

    /** Who the current request or UI session is signed in as; null when nobody. */
    static Authentication currentAuthentication() {
        return strategy().getContext().getAuthentication();
    }

    /**
     * The security-context strategy of the application serving this thread: the bean of the application
     * whose servlet context the current request (or Vaadin servlet) belongs to. Spring Security's filters
     * write to that bean; {@link SecurityContextHolder}'s static strategy is whichever application set it
     * last (Vaadin's configurer sets it at startup), which is another one when two run in one JVM. Outside
     * any request (a unit test) the static strategy is all there is.
     */
    private static SecurityContextHolderStrategy strategy() {
        ServletContext servletContext = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            servletContext = request.getRequest().getServletContext();
        } else if (VaadinServlet.getCurrent() != null) {
            servletContext = VaadinServlet.getCurrent().getServletContext();
        }
        if (servletContext == null) {
            return SecurityContextHolder.getContextHolderStrategy();
        }
        // found once per application and kept on its servlet context: the bean look-up cost a request
        // more than the rest of this class (issue 14, item 4)
        if (servletContext.getAttribute(STRATEGY_ATTRIBUTE) instanceof SecurityContextHolderStrategy kept) {
            return kept;
        }
        WebApplicationContext application = WebApplicationContextUtils.findWebApplicationContext(servletContext);
        if (application == null) {
            return SecurityContextHolder.getContextHolderStrategy();
        }
        SecurityContextHolderStrategy bean =
                application.getBeanProvider(SecurityContextHolderStrategy.class).getIfAvailable();
        if (bean == null) {
            return SecurityContextHolder.getContextHolderStrategy();
        }
        servletContext.setAttribute(STRATEGY_ATTRIBUTE, bean);
        return bean;
    }
}
