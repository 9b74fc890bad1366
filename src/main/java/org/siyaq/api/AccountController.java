package org.siyaq.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.siyaq.i18n.Messages;
import org.siyaq.security.Accounts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Instructor accounts over HTTP (instructors only): list them, add one, set one's own password. */
@RestController
@RequestMapping("/api/admin/accounts")
class AccountController {

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    List<String> list() {
        return accounts.list();
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody Map<String, String> account) {
        accounts.create(account.get("username"), account.get("password"));
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiParams.object("username", account.get("username")));
    }

    /** Only the account itself sets its password (issue 11, item 9): another instructor's answers 403. */
    @PutMapping("/{username}/password")
    ResponseEntity<?> password(
            @PathVariable String username,
            @RequestBody Map<String, String> body,
            Authentication caller,
            HttpServletRequest request) {
        if (caller == null || !caller.getName().equalsIgnoreCase(username)) {
            return new ApiError(
                            403,
                            "forbidden",
                            Messages.english("harden.accounts.only-own"),
                            Messages.arabic("harden.accounts.only-own"))
                    .toResponse(ApiExceptionHandler.arabic(request));
        }
        accounts.changePassword(caller.getName(), body.get("password"));
        return ResponseEntity.noContent().build();
    }
}
