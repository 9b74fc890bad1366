package org.siyaq.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.support.StaticWebApplicationContext;

/**
 * Two applications in one JVM (two test contexts): Spring Security's static strategy is the one the
 * application started last set, while each application's filters write to their own strategy bean.
 * {@link Roles} must read the strategy of the application serving the request.
 */
class RolesTest {

    private final SecurityContextHolderStrategy staticBefore = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void restore() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.setContextHolderStrategy(staticBefore);
    }

    @Test
    void an_instructor_signed_in_on_one_application_is_an_instructor_though_another_set_the_static_strategy() {
        SecurityContextHolderStrategy first = withInstructorSignedIn(freshStrategy());
        // the second application started later and put its own (empty) strategy in the static holder
        SecurityContextHolder.setContextHolderStrategy(freshStrategy());
        RequestContextHolder.setRequestAttributes(
                new ServletRequestAttributes(new MockHttpServletRequest(servletContextOf(first))));

        // before: false (the static strategy of the second application knew nobody)
        assertThat(Roles.isInstructor()).isTrue();
        assertThat(Roles.currentAuthentication().getName()).isEqualTo("teacher");
    }

    @Test
    void a_request_of_the_other_application_is_nobody() {
        // an instructor is signed in on the application that set the static strategy
        SecurityContextHolder.setContextHolderStrategy(withInstructorSignedIn(freshStrategy()));
        RequestContextHolder.setRequestAttributes(
                new ServletRequestAttributes(new MockHttpServletRequest(servletContextOf(freshStrategy()))));

        // before: true (the static strategy answered for every application)
        assertThat(Roles.isInstructor()).isFalse();
    }

    private static SecurityContextHolderStrategy withInstructorSignedIn(SecurityContextHolderStrategy strategy) {
        strategy.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "teacher", null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.INSTRUCTOR))));
        return strategy;
    }

    private static SecurityContextHolderStrategy freshStrategy() {
        return new OneContext();
    }

    /** A strategy of its own (Spring's thread-local strategies share one static thread-local). */
    private static final class OneContext implements SecurityContextHolderStrategy {
        private SecurityContext context = createEmpty();

        @Override
        public void clearContext() {
            context = createEmpty();
        }

        @Override
        public SecurityContext getContext() {
            return context;
        }

        @Override
        public void setContext(SecurityContext context) {
            this.context = context;
        }

        @Override
        public SecurityContext createEmptyContext() {
            return createEmpty();
        }

        private static SecurityContext createEmpty() {
            return new SecurityContextImpl();
        }
    }

    /** A servlet context whose application has {@code strategy} as its bean. */
    private static MockServletContext servletContextOf(SecurityContextHolderStrategy strategy) {
        MockServletContext servletContext = new MockServletContext();
        StaticWebApplicationContext application = new StaticWebApplicationContext();
        application.setServletContext(servletContext);
        application.getBeanFactory().registerSingleton("securityContextHolderStrategy", strategy);
        application.refresh();
        servletContext.setAttribute(WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE, application);
        return servletContext;
    }
}
