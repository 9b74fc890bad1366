package org.siyaq.security;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.siyaq.corpus.StoreSchema;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The class code. When an instructor turns it on, a visitor who is not an instructor must give it once
 * per browser session before the tools answer (scripts send it in the {@value #HEADER} header). It is
 * stored in H2 as a hash, like a password, so nobody can read it back: an instructor who forgot it sets
 * a new one. Wrong codes are throttled per address with a {@link LoginThrottle}, as sign-ins are.
 */
@Service
public class ClassCodes {

    /** The API header that carries the code. */
    public static final String HEADER = "X-Class-Code";

    public static final int MIN_LENGTH = 4;
    public static final int MAX_LENGTH = 100;

    private static final String ENABLED = "class_code.enabled";
    private static final String HASH = "class_code.hash";
    private static final String SESSION_ATTRIBUTE = ClassCodes.class.getName() + ".admitted";
    /** The throttle's "username" for class codes: a space makes it one no account can have. */
    private static final String THROTTLE_KEY = "class code";

    /** The outcome of a typed code. */
    public enum Check {
        ACCEPTED,
        WRONG,
        LOCKED
    }

    private record State(boolean enabled, String hash) {}

    /** A code already checked against {@code hash}, so that a script sending it each time costs one bcrypt, not one per request. */
    private record Verified(String hash, String code) {}

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private volatile State state;
    private volatile Verified verified;

    @Autowired
    public ClassCodes(
            JdbcTemplate jdbc,
            PasswordEncoder encoder,
            @Value("${siyaq.class-code.max-failures:${siyaq.login.max-failures:5}}") int maxFailures,
            @Value("${siyaq.class-code.lockout:${siyaq.login.lockout:15m}}") Duration lockout) {
        this(jdbc, encoder, new LoginThrottle(maxFailures, lockout, Clock.systemUTC()));
    }

    ClassCodes(JdbcTemplate jdbc, PasswordEncoder encoder, LoginThrottle throttle) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.throttle = throttle;
        StoreSchema.migrate(jdbc.getDataSource());
        Map<String, String> stored = jdbc
                .query(
                        "SELECT setting_key, setting_value FROM setting WHERE setting_key IN (?, ?)",
                        (rs, i) -> Map.entry(rs.getString(1), rs.getString(2)),
                        ENABLED,
                        HASH)
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        String hash = stored.get(HASH);
        state = new State(hash != null && Boolean.parseBoolean(stored.get(ENABLED)), hash);
    }

    /** Whether students need the class code now. */
    public boolean enabled() {
        return state.enabled();
    }

    /** Whether a class code has been set (it may be off). */
    public boolean isSet() {
        return state.hash() != null;
    }

    /** Whether {@code code} may be chosen as a class code: 4 to 100 characters, spaces at the ends not counted. */
    public static boolean isValid(String code) {
        return code != null
                && code.strip().length() >= MIN_LENGTH
                && code.strip().length() <= MAX_LENGTH;
    }

    /**
     * Turns the class code on or off; a non-blank {@code code} replaces the current one (and sends every
     * student back to the code page). Turning it on needs a code, given now or before.
     *
     * @throws IllegalArgumentException when the code is not {@link #isValid valid}, or none is given to turn it on
     */
    public synchronized void set(boolean enabled, String code) {
        String hash = state.hash();
        if (code != null && !code.isBlank()) {
            if (!isValid(code)) {
                throw new IllegalArgumentException(
                        "A class code is " + MIN_LENGTH + " to " + MAX_LENGTH + " characters.");
            }
            hash = encoder.encode(code.strip());
        }
        if (enabled && hash == null) {
            throw new IllegalArgumentException("Give a class code to turn it on.");
        }
        if (hash != null) {
            store(HASH, hash);
        }
        store(ENABLED, Boolean.toString(enabled));
        state = new State(enabled, hash);
    }

    private void store(String key, String value) {
        jdbc.update("MERGE INTO setting (setting_key, setting_value) KEY (setting_key) VALUES (?, ?)", key, value);
    }

    /** Checks a code typed or sent from {@code address}; refused without a look while that address is locked out. */
    public Check check(String code, String address) {
        String typed = code == null ? "" : code.strip();
        // counted before the comparison, so parallel wrong codes cannot all pass the lock (issue 11)
        if (!throttle.attempt(THROTTLE_KEY, address).isZero()) {
            return Check.LOCKED;
        }
        if (matches(typed)) {
            throttle.succeeded(THROTTLE_KEY, address);
            return Check.ACCEPTED;
        }
        return Check.WRONG;
    }

    /** How long {@code address} must wait before its next try; zero when it may try now. */
    public Duration lockedFor(String address) {
        return throttle.lockedFor(THROTTLE_KEY, address);
    }

    private boolean matches(String code) {
        State now = state;
        if (now.hash() == null || code.isEmpty()) {
            return false;
        }
        Verified known = verified;
        if (known != null
                && known.hash().equals(now.hash())
                && MessageDigest.isEqual(
                        known.code().getBytes(StandardCharsets.UTF_8), code.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        if (encoder.matches(code, now.hash())) {
            verified = new Verified(now.hash(), code);
            return true;
        }
        return false;
    }

    /** Lets the browser session in, for as long as the current code stays the class code. */
    public void admit(WrappedSession session) {
        session.setAttribute(SESSION_ATTRIBUTE, state.hash());
    }

    /** Whether a Vaadin session was let in with the current code. */
    public boolean admitted(WrappedSession session) {
        return session != null && admits(session.getAttribute(SESSION_ATTRIBUTE));
    }

    /** Whether a browser session (seen from an API request) was let in with the current code. */
    public boolean admitted(HttpSession session) {
        return session != null && admits(session.getAttribute(SESSION_ATTRIBUTE));
    }

    private boolean admits(Object value) {
        String hash = state.hash();
        return hash != null && hash.equals(value);
    }

    /** Whole minutes, rounded up, for a message about a wait. */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
