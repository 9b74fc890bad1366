package org.siyaq.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T09:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private final ManualClock clock = new ManualClock();
    private final LoginThrottle throttle = new LoginThrottle(3, LOCKOUT, clock);

    @Test
    void failures_below_the_limit_do_not_lock() {
        throttle.failed("teacher", "10.0.0.1");
        throttle.failed("teacher", "10.0.0.1");
        assertThat(throttle.lockedFor("teacher", "10.0.0.1")).isZero();
    }

    @Test
    void the_limit_locks_that_name_from_that_address_only() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("teacher", "10.0.0.1");
        }
        assertThat(throttle.lockedFor("Teacher", "10.0.0.1")).isEqualTo(LOCKOUT);
        assertThat(throttle.lockedFor("teacher", "10.0.0.2")).isZero();
        assertThat(throttle.lockedFor("other", "10.0.0.1")).isZero();
    }

    @Test
    void the_lock_ends_when_the_lockout_has_passed_since_the_last_failure() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("teacher", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.lockedFor("teacher", "10.0.0.1")).isEqualTo(Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.lockedFor("teacher", "10.0.0.1")).isZero();
    }

    @Test
    void old_failures_expire_and_a_success_clears_the_count() {
        throttle.failed("teacher", "10.0.0.1");
        throttle.failed("teacher", "10.0.0.1");
        clock.advance(LOCKOUT.plusSeconds(1));
        throttle.failed("teacher", "10.0.0.1");
        throttle.failed("teacher", "10.0.0.1");
        assertThat(throttle.lockedFor("teacher", "10.0.0.1")).isZero();
        throttle.succeeded("teacher", "10.0.0.1");
        throttle.failed("teacher", "10.0.0.1");
        throttle.failed("teacher", "10.0.0.1");
        assertThat(throttle.lockedFor("teacher", "10.0.0.1")).isZero();
    }
}
