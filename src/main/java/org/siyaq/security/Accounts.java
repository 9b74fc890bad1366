package org.siyaq.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.siyaq.corpus.StoreSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Instructor accounts in H2, with passwords hashed by the delegating encoder (bcrypt now, marked with
 * its id so a later hash can replace it). On first start, when there is no account, the first
 * instructor comes from {@code SIYAQ_ADMIN_USER}/{@code SIYAQ_ADMIN_PASSWORD}, or gets a random
 * password printed once to the log.
 */
@Service
public class Accounts implements UserDetailsService {

    /** Shortest password an instructor may choose. */
    public static final int MIN_PASSWORD_LENGTH = 10;

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,100}");
    private static final Logger log = LoggerFactory.getLogger(Accounts.class);

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;

    public Accounts(
            JdbcTemplate jdbc,
            PasswordEncoder encoder,
            @Value("${siyaq.admin.user:${SIYAQ_ADMIN_USER:admin}}") String adminUser,
            @Value("${siyaq.admin.password:${SIYAQ_ADMIN_PASSWORD:}}") String adminPassword) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        StoreSchema.migrate(jdbc.getDataSource());
        createFirstInstructor(adminUser, adminPassword);
    }

    private void createFirstInstructor(String user, String password) {
        if (!list().isEmpty()) {
            if (password != null && !password.isBlank() && !exists(user)) {
                // a new data folder was meant, or the variables were set after the first start: say why the
                // account they name cannot sign in
                log.warn(
                        "SIYAQ_ADMIN_USER/SIYAQ_ADMIN_PASSWORD were not used: they make the first instructor account "
                                + "only when the data folder has none, and this one has accounts already, none named '{}'. "
                                + "Sign in with an existing account (an instructor adds accounts on the Accounts page), "
                                + "or start with an empty data folder (SIYAQ_DATA).",
                        user);
            }
            return;
        }
        if (password == null || password.isBlank()) {
            byte[] random = new byte[15];
            new SecureRandom().nextBytes(random);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            insert(user, generated);
            jdbc.update("UPDATE account SET must_change_password = TRUE WHERE username = ?", user);
            log.warn(
                    "Created the first instructor account '{}' with the password {} (shown only this once; "
                            + "it must be changed at the first sign-in; or set SIYAQ_ADMIN_USER and SIYAQ_ADMIN_PASSWORD before the first start)",
                    user,
                    generated);
        } else {
            create(user, password);
            log.info("Created the first instructor account '{}' from the environment", user);
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc
                .query(
                        "SELECT username, password_hash, role FROM account WHERE LOWER(username) = LOWER(?)",
                        (rs, i) -> User.withUsername(rs.getString(1))
                                .password(rs.getString(2))
                                .roles(rs.getString(3))
                                .build(),
                        username)
                .stream()
                .findFirst()
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    /** Every account name, in alphabetical order. */
    public List<String> list() {
        return jdbc.queryForList("SELECT username FROM account ORDER BY username", String.class);
    }

    /**
     * Adds an instructor account; the username must be new, whatever its letter case ({@code teacher} and
     * {@code TEACHER} are one name, issue 11, item 9), and the password long enough.
     */
    public synchronized void create(String username, String password) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("A username is 1–100 letters, digits, '.', '_', '@' or '-'.");
        }
        if (exists(username)) {
            throw new IllegalArgumentException("The account '" + username + "' already exists.");
        }
        checkPassword(password);
        insert(username, password);
    }

    public void changePassword(String username, String newPassword) {
        checkPassword(newPassword);
        if (jdbc.update(
                        "UPDATE account SET password_hash = ?, must_change_password = FALSE WHERE LOWER(username) = LOWER(?)",
                        encoder.encode(newPassword),
                        username)
                == 0) {
            throw new IllegalArgumentException("No account named '" + username + "'.");
        }
    }

    /** Whether the account still has its generated first password, which it must replace before anything else. */
    public boolean mustChangePassword(String username) {
        return Boolean.TRUE.equals(jdbc.query(
                "SELECT must_change_password FROM account WHERE LOWER(username) = LOWER(?)",
                rs -> rs.next() && rs.getBoolean(1),
                username));
    }

    public boolean exists(String username) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM account WHERE LOWER(username) = LOWER(?)", Integer.class, username);
        return n != null && n > 0;
    }

    private void insert(String username, String password) {
        jdbc.update(
                "INSERT INTO account (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)",
                username,
                encoder.encode(password),
                Roles.INSTRUCTOR,
                Timestamp.from(Instant.now()));
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
    }
}
