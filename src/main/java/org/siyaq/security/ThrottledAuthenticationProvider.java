package org.siyaq.security;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Counts the attempt with the {@link LoginThrottle} before a password is tried and forgives it after a success; the
 * same for the sign-in form and for HTTP Basic on the API. A locked pair is refused whether or not the
 * account exists, so the refusal says nothing about which usernames are real.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address =
                attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
        // counted before the comparison: parallel guesses see each other's attempts (issue 11)
        Duration locked = throttle.attempt(username, address);
        if (!locked.isZero()) {
            long minutes = Math.max(1, (locked.toSeconds() + 59) / 60);
            throw new LockedException("Too many failed sign-ins; try again in " + minutes + " minute(s).");
        }
        Authentication done = passwords.authenticate(attempt);
        throttle.succeeded(username, address);
        return done;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
