package org.siyaq.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.siyaq.i18n.Messages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A request body the server cannot read is the caller's mistake, so a 400 that says what is wrong, not
 * a 500 (issue 11, item 6): JSON that does not parse or has the wrong shape, a multipart body that
 * does not parse. Ahead of {@link ApiExceptionHandler}, whose catch-all would answer 500.
 */
@RestControllerAdvice(basePackageClasses = RequestFormatErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestFormatErrors {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadableJson(HttpMessageNotReadableException e, HttpServletRequest request) {
        return error("harden.request.bad-json", request);
    }

    /** A multipart body that does not parse; one too large is the upload controller's own 413. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> unreadableMultipart(MultipartException e, HttpServletRequest request) {
        if (e instanceof MaxUploadSizeExceededException) {
            throw e;
        }
        return error("harden.request.bad-multipart", request);
    }

    private static ResponseEntity<Map<String, Object>> error(String key, HttpServletRequest request) {
        return new ApiError(400, "bad_request", Messages.english(key), Messages.arabic(key))
                .toResponse(request.getHeader("Accept-Language") != null
                        && "ar".equals(request.getLocale().getLanguage()));
    }
}
