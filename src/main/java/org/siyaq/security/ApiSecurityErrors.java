package org.siyaq.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.siyaq.i18n.Messages;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The API's answers when a caller is not signed in (401, with the HTTP Basic challenge), has not given
 * the class code (401) or is not allowed (403), in the same JSON shape as the API's other errors.
 */
class ApiSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Siyaq\", charset=\"UTF-8\"");
        String message = e.getMessage() != null && e.getMessage().startsWith("Too many")
                ? e.getMessage()
                : Messages.english("api.unauthorized");
        write(response, 401, "unauthorized", message, Messages.arabic("api.unauthorized"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, 403, "forbidden", Messages.english("api.forbidden"), Messages.arabic("api.forbidden"));
    }

    /** A 403 with its own message (the generated first password not yet replaced). */
    static void forbidden(HttpServletResponse response, String message, String messageAr) throws IOException {
        write(response, 403, "forbidden", message, messageAr);
    }

    /** The 401 of the class code (no HTTP Basic challenge: a browser should not ask for a password here). */
    static void classCode(HttpServletResponse response, String message, String messageAr) throws IOException {
        response.setHeader("WWW-Authenticate", "ClassCode realm=\"Siyaq\", header=\"" + ClassCodes.HEADER + "\"");
        write(response, 401, "class_code", message, messageAr);
    }

    private static void write(HttpServletResponse response, int status, String error, String message, String messageAr)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\"" + message
                        + "\",\"message_ar\":\"" + messageAr + "\"}");
    }
}
