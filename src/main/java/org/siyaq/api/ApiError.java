package org.siyaq.api;

import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The body of every error answer: the HTTP status, a short code, a message a person can act on, and the
 * Arabic message where one exists ({@code null} otherwise).
 */
record ApiError(int status, String error, String message, String messageAr) {

    /** The answer, in Arabic first when the request asked for it and an Arabic message exists. */
    ResponseEntity<Map<String, Object>> toResponse(boolean arabicFirst) {
        String shown = arabicFirst && messageAr != null ? messageAr : message;
        Map<String, Object> body =
                ApiParams.object("status", status, "error", error, "message", shown, "message_ar", messageAr);
        // set explicitly, so the error is readable even when the client asked for text/csv
        return ResponseEntity.status(HttpStatusCode.valueOf(status))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }
}
