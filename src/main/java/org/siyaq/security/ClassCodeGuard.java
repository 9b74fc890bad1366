package org.siyaq.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The class code in the browser: while it is on, every navigation of a visitor who is neither an
 * instructor nor let in this session is sent to the {@value #ROUTE} page, which remembers where the
 * visitor was going ({@value #CONTINUE}). Pages marked {@link WithoutClassCode} stay open, and
 * instructor pages are left to the sign-in check.
 */
@Component
public class ClassCodeGuard implements VaadinServiceInitListener {

    /** The route of the page that asks for the code. */
    public static final String ROUTE = "class-code";
    /** The query parameter with the page to go on to, path and query. */
    public static final String CONTINUE = "continue";

    private static final String LANGUAGE = "lang";

    private final ClassCodes codes;

    public ClassCodeGuard(ClassCodes codes) {
        this.codes = codes;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        if (mustAsk(
                event.getNavigationTarget(),
                Roles.isInstructor(),
                event.getUI().getSession().getSession())) {
            Map<String, List<String>> parameters = new HashMap<>();
            parameters.put(CONTINUE, List.of(event.getLocation().getPathWithQueryParameters()));
            event.getLocation()
                    .getQueryParameters()
                    .getSingleParameter(LANGUAGE)
                    .ifPresent(l -> parameters.put(LANGUAGE, List.of(l)));
            event.forwardTo(ROUTE, new QueryParameters(parameters));
        }
    }

    /** Whether a visitor to {@code target} must give the class code first. */
    boolean mustAsk(Class<?> target, boolean instructor, WrappedSession session) {
        return codes.enabled()
                && !instructor
                && !target.isAnnotationPresent(WithoutClassCode.class)
                && !target.isAnnotationPresent(RolesAllowed.class)
                && !codes.admitted(session);
    }
}
