package org.siyaq.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 11, item 1: guesses sent all at once must not get past the lockout. Each password comparison
 * here takes 200 ms (as bcrypt does), so every guess has asked the throttle before the first answer is
 * known; only as many comparisons as the lockout allows may run. Before the fix the failure count was
 * read before the comparison and written after it: all 60 guesses were compared and the right one let in.
 */
class ParallelGuessesTest {

    private static final int MAX_FAILURES = 5;
    private static final int GUESSES = 60;
    /** The 45th guess is the right one, as in the review. */
    private static final int RIGHT = 44;

    private static final String PASSWORD = "the-right-password";

    @Test
    void sixty_parallel_sign_ins_compare_at_most_five_passwords_and_the_right_one_is_not_let_in() throws Exception {
        AtomicInteger compared = new AtomicInteger();
        AuthenticationProvider slowPasswords = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                compared.incrementAndGet();
                sleep(200);
                if (PASSWORD.equals(attempt.getCredentials())) {
                    return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null, List.of());
                }
                throw new BadCredentialsException("wrong");
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
        var provider = new ThrottledAuthenticationProvider(
                slowPasswords, new LoginThrottle(MAX_FAILURES, Duration.ofMinutes(15), Clock.systemUTC()));

        List<String> outcomes = inParallel(GUESSES, i -> {
            try {
                provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                        "teacher", i == RIGHT ? PASSWORD : "guess-" + i));
                return "in";
            } catch (LockedException e) {
                return "locked";
            } catch (BadCredentialsException e) {
                return "wrong";
            }
        });

        // before the fix: compared = 60 and "in" once; now the first 5 to arrive are compared, 55 refused unread
        assertThat(compared.get()).isLessThanOrEqualTo(MAX_FAILURES);
        assertThat(outcomes.stream().filter("locked"::equals).count()).isGreaterThanOrEqualTo(GUESSES - MAX_FAILURES);
    }

    @Test
    void thirty_parallel_wrong_class_codes_compare_at_most_five_and_lock_the_address() throws Exception {
        AtomicInteger compared = new AtomicInteger();
        PasswordEncoder slowEncoder = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return "plain:" + raw;
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                compared.incrementAndGet();
                sleep(200);
                return encoded.equals(encode(raw));
            }
        };
        JdbcTemplate jdbc = new JdbcTemplate(
                new DriverManagerDataSource("jdbc:h2:mem:parallel-codes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        ClassCodes codes = new ClassCodes(
                jdbc, slowEncoder, new LoginThrottle(MAX_FAILURES, Duration.ofMinutes(15), Clock.systemUTC()));
        codes.set(true, "nahw-2026");

        List<String> outcomes =
                inParallel(30, i -> codes.check("guess-" + i, "10.0.0.9").name());

        // before the fix: 30 compared, all WRONG and none LOCKED
        assertThat(compared.get()).isLessThanOrEqualTo(MAX_FAILURES);
        assertThat(outcomes.stream().filter("LOCKED"::equals).count()).isEqualTo(30 - compared.get());
        assertThat(codes.check("nahw-2026", "10.0.0.9"))
                .as("locked, right code or not")
                .isEqualTo(ClassCodes.Check.LOCKED);
    }

    private interface Guess {
        String run(int i) throws Exception;
    }

    /** Runs {@code n} guesses on {@code n} threads released together; their outcomes by guess number. */
    private static List<String> inParallel(int n, Guess guess) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int number = i;
                Callable<String> task = () -> {
                    start.await();
                    return guess.run(number);
                };
                futures.add(threads.submit(task));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
