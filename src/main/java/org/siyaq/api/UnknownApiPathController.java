package org.siyaq.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.siyaq.i18n.Messages;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers a GET under {@code /api} that no endpoint serves with the API's JSON 404, instead of letting
 * the request fall through to the web UI's HTML page. More specific mappings always win over this one.
 */
@RestController
class UnknownApiPathController {

    @GetMapping({"/api", "/api/**"})
    ResponseEntity<Map<String, Object>> unknown(HttpServletRequest request) {
        String path = request.getRequestURI();
        return new ApiError(
                        404,
                        "not_found",
                        Messages.english("api.unknown-path", path),
                        Messages.arabic("api.unknown-path", path))
                .toResponse(false);
    }
}
