package org.siyaq.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.siyaq.corpus.CorpusNotFoundException;
import org.siyaq.corpus.CorpusNotReadyException;
import org.siyaq.corpus.DocumentNotFoundException;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.i18n.Messages;
import org.siyaq.query.QueryException;
import org.siyaq.query.QueryTimeoutException;
import org.siyaq.query.ServerBusyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns what the services throw into the API's error answers ({@link ApiError}): a mistake in the request
 * is 400, a missing corpus or document 404, a corpus still being indexed 409, a query past its deadline
 * or a server too busy to queue it 503, anything else 500 with a generic message (the details go to the log, never to the client).
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private static final String BAD_REQUEST = "bad_request";

    @ExceptionHandler(QueryException.class)
    ResponseEntity<Map<String, Object>> query(QueryException e, HttpServletRequest request) {
        return new ApiError(400, BAD_REQUEST, e.message(false), e.message(true)).toResponse(arabic(request));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> illegalArgument(IllegalArgumentException e, HttpServletRequest request) {
        // a check without a message of the bundles still answers in Arabic: what happened, and where to look
        String arabic = e instanceof InvalidRequestException invalid
                ? invalid.message(true)
                : Messages.arabic("api.error.bad-request", String.valueOf(e.getMessage()));
        return new ApiError(400, BAD_REQUEST, e.getMessage(), arabic).toResponse(arabic(request));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return error(400, BAD_REQUEST, "api.error.parameter-required", e.getParameterName())
                .toResponse(arabic(request));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String name = e.getName();
        String value = String.valueOf(e.getValue());
        Class<?> type = e.getRequiredType();
        String key = type == boolean.class || type == Boolean.class ? "param.true-or-false" : "param.whole-number";
        return error(400, BAD_REQUEST, key, name, value).toResponse(arabic(request));
    }

    @ExceptionHandler(CorpusNotFoundException.class)
    ResponseEntity<Map<String, Object>> corpusNotFound(CorpusNotFoundException e, HttpServletRequest request) {
        return error(404, "not_found", "api.error.corpus-not-found", e.corpusId())
                .toResponse(arabic(request));
    }

    @ExceptionHandler(DocumentNotFoundException.class)
    ResponseEntity<Map<String, Object>> documentNotFound(DocumentNotFoundException e, HttpServletRequest request) {
        return error(404, "not_found", "api.error.document-not-found", String.valueOf(e.docId()), e.corpusId())
                .toResponse(arabic(request));
    }

    @ExceptionHandler(CorpusNotReadyException.class)
    ResponseEntity<Map<String, Object>> notReady(CorpusNotReadyException e, HttpServletRequest request) {
        return new ApiError(409, "not_ready", e.getMessage(), Messages.arabic("api.error.not-ready"))
                .toResponse(arabic(request));
    }

    @ExceptionHandler(QueryTimeoutException.class)
    ResponseEntity<Map<String, Object>> timeout(QueryTimeoutException e, HttpServletRequest request) {
        return new ApiError(503, "query_timeout", e.getMessage(), Messages.arabic("api.error.timeout"))
                .toResponse(arabic(request));
    }

    /** Every query worker busy and the wait queue full: 503 with a hint to retry shortly. */
    @ExceptionHandler(ServerBusyException.class)
    ResponseEntity<Map<String, Object>> busy(ServerBusyException e, HttpServletRequest request) {
        ResponseEntity<Map<String, Object>> answer =
                error(503, "server_busy", "api.error.busy").toResponse(arabic(request));
        return ResponseEntity.status(answer.getStatusCode())
                .headers(answer.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(answer.getBody());
    }

    /** Spring's own request errors (wrong method, unacceptable type) keep their status; the rest is a 500. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            HttpStatusCode status = response.getStatusCode();
            String detail = response.getBody().getDetail();
            return new ApiError(
                            status.value(),
                            code(status),
                            detail == null ? Messages.english("api.error.cannot-answer") : detail,
                            Messages.arabic("api.error.request-refused", status.value()))
                    .toResponse(arabic(request));
        }
        log.error("Unexpected error answering {} {}", request.getMethod(), request.getRequestURI(), e);
        return error(500, "internal_error", "api.error.internal").toResponse(arabic(request));
    }

    /** The error whose message, in both languages, is the bundle's {@code key} with {@code args}. */
    static ApiError error(int status, String code, String key, Object... args) {
        return new ApiError(status, code, Messages.english(key, args), Messages.arabic(key, args));
    }

    /** Arabic first when asked for with {@code lang=ar} or an {@code Accept-Language} that prefers Arabic. */
    static boolean arabic(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null && !lang.isBlank()) {
            return lang.strip().toLowerCase(Locale.ROOT).startsWith("ar");
        }
        return request.getHeader("Accept-Language") != null
                && "ar".equals(request.getLocale().getLanguage());
    }

    private static String code(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "error" : known.name().toLowerCase(Locale.ROOT);
    }
}
