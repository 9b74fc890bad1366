package org.siyaq.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Who may call what. Two filter chains: the stateless HTTP API ({@code /api/**}), where every read is
 * open (behind the class code when an instructor turns it on, {@link ClassCodeFilter}), changes to
 * corpora and {@code /api/admin/**} need an instructor over HTTP Basic, and CSRF is off
 * because nothing there rides on a browser cookie; and the Vaadin UI, where Vaadin's configurer denies
 * every view without an access annotation, keeps CSRF on (the sign-in form included: only Vaadin's own
 * requests, which carry Vaadin's token, are exempt), and signs in through the {@code login} view with a
 * new session id on sign-in.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    private static final String CORPORA = "/api/corpora";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LoginThrottle loginThrottle(
            @Value("${siyaq.login.max-failures:5}") int maxFailures,
            @Value("${siyaq.login.lockout:15m}") Duration lockout) {
        return new LoginThrottle(maxFailures, lockout, Clock.systemUTC());
    }

    @Bean
    AuthenticationManager authenticationManager(Accounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }

    /** The security headers on every answer, ahead of every other filter (issue 11, item 9). */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http, AuthenticationManager authentication, ClassCodes classCodes, Accounts accounts)
            throws Exception {
        ApiSecurityErrors errors = new ApiSecurityErrors();
        return http.securityMatcher("/api/**")
                .addFilterAfter(new ClassCodeFilter(classCodes), BasicAuthenticationFilter.class)
                .addFilterAfter(new FirstPasswordGuard(accounts), ClassCodeFilter.class)
                .authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, CORPORA, CORPORA + "/**")
                        .permitAll()
                        .requestMatchers(CORPORA, CORPORA + "/**")
                        .hasRole(Roles.INSTRUCTOR)
                        .requestMatchers("/api/admin/**")
                        .hasRole(Roles.INSTRUCTOR)
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole(Roles.INSTRUCTOR))
                .httpBasic(basic -> basic.realmName("Siyaq").authenticationEntryPoint(errors))
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, AuthenticationManager authentication, RequestUtil vaadinRequests)
            throws Exception {
        http.authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/fonts/**", "/styles/**", "/scripts/**", "/icons/**", "/error")
                        .permitAll()
                        .requestMatchers(new UnknownPages())
                        .permitAll())
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                // Vaadin's own CSRF set-up also exempts the login URL, so a forged form could sign a browser
                // in (issue 11, item 9): exempt only Vaadin's internal requests, which carry Vaadin's token.
                // The login form posts the token from the page's _csrf meta tags.
                .csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest))
                // the page asked for before signing in is found in the session without a "?continue" in the address
                // (Spring Security's default), so the address after signing in is the page's own; Vaadin's request
                // cache takes this one as its delegate
                .requestCache(cache -> cache.requestCache(pageBeforeSignIn()))
                .with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView("login", "/").enableCsrfConfiguration(false));
        return http.build();
    }

    private static RequestCache pageBeforeSignIn() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        return cache;
    }
}
