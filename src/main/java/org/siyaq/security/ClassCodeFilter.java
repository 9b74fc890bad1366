package org.siyaq.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.siyaq.i18n.Messages;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The class code on the API: while it is on, a {@code GET} under {@code /api/corpora} answers only an
 * instructor (HTTP Basic, or a browser signed in), a request with the right {@value ClassCodes#HEADER}
 * header, or a browser session let in on the class-code page (so the UI's CSV links keep working);
 * everyone else gets 401 in the API's error shape. Runs after HTTP Basic has read the credentials.
 */
class ClassCodeFilter extends OncePerRequestFilter {

    private static final String CORPORA = "/api/corpora";

    private final ClassCodes codes;

    ClassCodeFilter(ClassCodes codes) {
        this.codes = codes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!codes.enabled() || !guarded(request) || Roles.isInstructor() || admitted(request.getSession(false))) {
            chain.doFilter(request, response);
            return;
        }
        String code = request.getHeader(ClassCodes.HEADER);
        if (code == null) {
            refuse(response, "classcode.api.missing", ClassCodes.HEADER);
            return;
        }
        switch (codes.check(code, request.getRemoteAddr())) {
            case ACCEPTED -> chain.doFilter(request, response);
            case WRONG -> refuse(response, "classcode.api.wrong");
            case LOCKED ->
                refuse(response, "classcode.api.locked", ClassCodes.minutes(codes.lockedFor(request.getRemoteAddr())));
        }
    }

    /** The 401 answer whose message, in both languages, is the bundle's {@code key}. */
    private static void refuse(HttpServletResponse response, String key, Object... args) throws IOException {
        ApiSecurityErrors.classCode(response, Messages.english(key, args), Messages.arabic(key, args));
    }

    private static boolean guarded(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return (HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method))
                && (path.equals(CORPORA) || path.startsWith(CORPORA + "/"));
    }

    /** A browser session let in with the code, or one where an instructor signed in on the UI. */
    private boolean admitted(HttpSession session) {
        if (session == null) {
            return false;
        }
        return codes.admitted(session)
                || session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                                instanceof SecurityContext context
                        && Roles.isInstructor(context.getAuthentication());
    }
}
