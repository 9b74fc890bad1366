package org.siyaq.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Issue 11, item 9: the generated first password is good only for setting a new one. Before the fix it
 * stayed valid for everything, for ever; now the account is marked, the API refuses it everything but
 * its own password change, and the mark goes with that change. An account from SIYAQ_ADMIN_PASSWORD is
 * not marked.
 */
class FirstPasswordTest {

    private final JdbcTemplate jdbc = new JdbcTemplate(
            new DriverManagerDataSource("jdbc:h2:mem:first-password-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_generated_first_password_must_be_changed_before_anything_else() throws Exception {
        Accounts accounts = new Accounts(jdbc, PasswordEncoderFactories.createDelegatingPasswordEncoder(), "admin", "");
        assertThat(accounts.mustChangePassword("admin")).isTrue();
        assertThat(accounts.mustChangePassword("ADMIN")).as("names ignore case").isTrue();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.INSTRUCTOR))));
        FirstPasswordGuard guard = new FirstPasswordGuard(accounts);

        MockHttpServletResponse upload = run(guard, "POST", "/api/corpora");
        MockHttpServletResponse own = run(guard, "PUT", "/api/admin/accounts/admin/password");

        assertThat(upload.getStatus()).isEqualTo(403);
        assertThat(upload.getContentAsString()).contains("generated first password");
        assertThat(own.getStatus()).as("its own password change goes through").isEqualTo(200);

        accounts.changePassword("admin", "a-password-of-my-own");
        assertThat(accounts.mustChangePassword("admin")).isFalse();
        assertThat(run(guard, "POST", "/api/corpora").getStatus()).isEqualTo(200);
    }

    @Test
    void a_first_password_from_the_environment_is_not_marked() {
        Accounts accounts = new Accounts(
                jdbc,
                PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                "teacher",
                "chosen-by-the-administrator");
        assertThat(accounts.mustChangePassword("teacher")).isFalse();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void admin_variables_left_unused_on_a_data_folder_with_accounts_say_so_in_the_log(CapturedOutput output) {
        new Accounts(jdbc, PasswordEncoderFactories.createDelegatingPasswordEncoder(), "admin", "");
        Accounts restarted = new Accounts(
                jdbc,
                PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                "teacher",
                "set-after-the-first-start");

        assertThat(restarted.exists("teacher")).isFalse();
        assertThat(output.getOut() + output.getErr())
                .contains("SIYAQ_ADMIN_USER/SIYAQ_ADMIN_PASSWORD were not used")
                .contains("none named 'teacher'");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void the_same_variables_at_a_later_start_are_not_warned_about(CapturedOutput output) {
        new Accounts(
                jdbc,
                PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                "teacher",
                "chosen-by-the-administrator");
        new Accounts(
                jdbc,
                PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                "teacher",
                "chosen-by-the-administrator");

        assertThat(output.getOut() + output.getErr()).doesNotContain("were not used");
    }

    private static MockHttpServletResponse run(FirstPasswordGuard guard, String method, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        guard.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
