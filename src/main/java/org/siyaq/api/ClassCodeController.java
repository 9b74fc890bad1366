package org.siyaq.api;

import java.util.Map;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.security.ClassCodes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The class code over HTTP (instructors only): whether it is on, and turning it on or off with a new code. */
@RestController
@RequestMapping("/api/admin/class-code")
class ClassCodeController {

    private final ClassCodes codes;

    ClassCodeController(ClassCodes codes) {
        this.codes = codes;
    }

    @GetMapping
    Map<String, Object> get() {
        return ApiParams.object("enabled", codes.enabled(), "set", codes.isSet());
    }

    /** {@code {"enabled": true|false, "code": "..."}}; {@code code} may be left out to keep the current one. */
    @PutMapping
    Map<String, Object> put(@RequestBody Map<String, Object> body) {
        if (!(body.get("enabled") instanceof Boolean enabled)) {
            throw InvalidRequestException.of("api.error.class-code-body");
        }
        Object code = body.get("code");
        if (code != null && !(code instanceof String)) {
            throw InvalidRequestException.of("api.error.class-code-string");
        }
        codes.set(enabled, (String) code);
        return get();
    }
}
