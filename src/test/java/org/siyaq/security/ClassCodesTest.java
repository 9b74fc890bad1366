package org.siyaq.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The class code on its own, on an in-memory H2 database: off until an instructor turns it on, stored
 * as a hash that survives a restart, wrong codes throttled per address, a new code sending admitted
 * sessions back, and which pages the browser guard holds back.
 */
class ClassCodesTest {

    private static final int MAX_FAILURES = 3;
    private static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static final String STUDENT = "10.0.0.7";

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T09:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    @AnonymousAllowed
    private static final class ToolPage {}

    @AnonymousAllowed
    @WithoutClassCode
    private static final class CodePage {}

    @RolesAllowed(Roles.INSTRUCTOR)
    private static final class InstructorPage {}

    private final ManualClock clock = new ManualClock();
    private final JdbcTemplate jdbc = new JdbcTemplate(
            new DriverManagerDataSource("jdbc:h2:mem:class-code-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final ClassCodes codes = open();

    private ClassCodes open() {
        return new ClassCodes(jdbc, encoder, new LoginThrottle(MAX_FAILURES, LOCKOUT, clock));
    }

    @Test
    void the_class_code_is_off_until_an_instructor_turns_it_on() {
        assertThat(codes.enabled()).isFalse();
        assertThat(codes.isSet()).isFalse();
        assertThatThrownBy(() -> codes.set(true, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Give a class code");
        assertThat(codes.enabled()).isFalse();
        codes.set(true, "nahw-2026");
        assertThat(codes.enabled()).isTrue();
    }

    @Test
    void a_code_too_short_or_too_long_is_refused() {
        assertThat(ClassCodes.isValid("abc")).isFalse();
        assertThat(ClassCodes.isValid("  abcd  ")).isTrue();
        assertThat(ClassCodes.isValid("x".repeat(ClassCodes.MAX_LENGTH + 1))).isFalse();
        assertThatThrownBy(() -> codes.set(true, "abc")).isInstanceOf(IllegalArgumentException.class);
        assertThat(codes.isSet()).isFalse();
    }

    @Test
    void the_code_is_stored_as_a_hash_and_survives_a_restart() {
        codes.set(true, "nahw-2026");
        assertThat(jdbc.queryForList("SELECT setting_value FROM setting", String.class))
                .noneMatch(v -> v.contains("nahw-2026"))
                .anyMatch(v -> v.startsWith("{bcrypt}"));
        ClassCodes restarted = open();
        assertThat(restarted.enabled()).isTrue();
        assertThat(restarted.check("nahw-2026", STUDENT)).isEqualTo(ClassCodes.Check.ACCEPTED);
        assertThat(restarted.check("nahw-2025", STUDENT)).isEqualTo(ClassCodes.Check.WRONG);
    }

    @Test
    void turning_the_code_off_keeps_it_for_turning_it_on_again() {
        codes.set(true, "nahw-2026");
        codes.set(false, null);
        assertThat(codes.enabled()).isFalse();
        codes.set(true, "");
        assertThat(codes.enabled()).isTrue();
        assertThat(codes.check(" nahw-2026 ", STUDENT))
                .as("spaces at the ends do not count")
                .isEqualTo(ClassCodes.Check.ACCEPTED);
    }

    @Test
    void wrong_codes_lock_out_their_address_for_a_while_right_code_or_not() {
        codes.set(true, "nahw-2026");
        for (int i = 0; i < MAX_FAILURES; i++) {
            assertThat(codes.check("guess-" + i, STUDENT)).isEqualTo(ClassCodes.Check.WRONG);
        }
        assertThat(codes.check("nahw-2026", STUDENT)).isEqualTo(ClassCodes.Check.LOCKED);
        assertThat(ClassCodes.minutes(codes.lockedFor(STUDENT))).isEqualTo(LOCKOUT.toMinutes());
        assertThat(codes.check("nahw-2026", "10.0.0.8")).as("another computer").isEqualTo(ClassCodes.Check.ACCEPTED);
        clock.advance(LOCKOUT.plusSeconds(1));
        assertThat(codes.check("nahw-2026", STUDENT)).isEqualTo(ClassCodes.Check.ACCEPTED);
    }

    @Test
    void a_new_code_sends_admitted_sessions_back_to_the_code_page() {
        codes.set(true, "nahw-2026");
        WrappedHttpSession session = new WrappedHttpSession(new MockHttpSession());
        assertThat(codes.admitted(session)).isFalse();
        codes.admit(session);
        assertThat(codes.admitted(session)).isTrue();
        codes.set(true, "sarf-2026");
        assertThat(codes.admitted(session)).isFalse();
        assertThat(codes.check("nahw-2026", STUDENT)).isEqualTo(ClassCodes.Check.WRONG);
    }

    @Test
    void the_browser_guard_holds_back_tool_pages_only_while_the_code_is_on_and_not_given() {
        ClassCodeGuard guard = new ClassCodeGuard(codes);
        WrappedHttpSession session = new WrappedHttpSession(new MockHttpSession());
        assertThat(guard.mustAsk(ToolPage.class, false, session)).as("code off").isFalse();
        codes.set(true, "nahw-2026");
        assertThat(guard.mustAsk(ToolPage.class, false, session))
                .as("a student without the code")
                .isTrue();
        assertThat(guard.mustAsk(ToolPage.class, true, session))
                .as("an instructor")
                .isFalse();
        assertThat(guard.mustAsk(CodePage.class, false, session))
                .as("the code page itself")
                .isFalse();
        assertThat(guard.mustAsk(InstructorPage.class, false, session))
                .as("left to the sign-in check")
                .isFalse();
        codes.admit(session);
        assertThat(guard.mustAsk(ToolPage.class, false, session))
                .as("a student who gave the code")
                .isFalse();
    }
}
