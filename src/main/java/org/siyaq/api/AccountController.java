package org.siyaq.api;

import java.util.List;
import java.util.Map;

import org.siyaq.security.Accounts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Instructor accounts over HTTP (instructors only): list them, add one, set a password. */
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

    @PutMapping("/{username}/password")
    ResponseEntity<Void> password(@PathVariable String username, @RequestBody Map<String, String> body) {
        accounts.changePassword(username, body.get("password"));
        return ResponseEntity.noContent().build();
    }
}
