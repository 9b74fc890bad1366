package org.siyaq.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code maxFailures} failed sign-ins for one username from one
 * address within {@code lockout}, further attempts for that pair are refused, right password or not,
 * until {@code lockout} has passed since the last failure. Keyed by the pair so that a student at
 * another machine cannot lock the instructor out. An attempt is counted as a failure before its
 * password is compared ({@link #attempt}) and forgiven only when it succeeds, so parallel guesses
 * cannot all pass the check while the first ones are still being compared.
 */
public class LoginThrottle {

    private record Failures(int count, Instant last) {}

    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailures, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** The time left before {@code username} may try again from {@code address}; zero when not locked. */
    public Duration lockedFor(String username, String address) {
        Failures f = failures.get(key(username, address));
        if (f == null || f.count() < maxFailures) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), f.last().plus(lockout));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * Counts an attempt as a failure, at once and atomically, unless the pair is locked: then nothing is
     * counted and the time left is returned. Zero means the caller may compare the password now (and
     * calls {@link #succeeded} when it was right).
     */
    public Duration attempt(String username, String address) {
        Duration[] locked = {Duration.ZERO};
        failures.compute(key(username, address), (k, f) -> {
            Instant now = clock.instant();
            if (f == null || f.last().plus(lockout).isBefore(now)) {
                return new Failures(1, now);
            }
            if (f.count() >= maxFailures) {
                locked[0] = Duration.between(now, f.last().plus(lockout));
                return f;
            }
            return new Failures(f.count() + 1, now);
        });
        return locked[0];
    }

    /** Counts one failure (as {@link #attempt} does, without looking at the lock). */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        failures.compute(
                key(username, address),
                (k, f) -> f == null || f.last().plus(lockout).isBefore(now)
                        ? new Failures(1, now)
                        : new Failures(f.count() + 1, now));
    }

    public void succeeded(String username, String address) {
        failures.remove(key(username, address));
    }

    private static String key(String username, String address) {
        return (username == null ? "" : username.toLowerCase(Locale.ROOT)) + "|" + address;
    }
}
