package org.siyaq.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The two roles: an instructor signs in; a student is anyone who has not (the classroom default), so
 * there is no student account and no student role to check.
 */
public final class Roles {

    /** The role name as used in {@code @RolesAllowed} and {@code hasRole}. */
    public static final String INSTRUCTOR = "INSTRUCTOR";

    private Roles() {}

    /** Whether the current request or UI session belongs to a signed-in instructor. */
    public static boolean isInstructor() {
        return isInstructor(SecurityContextHolder.getContext().getAuthentication());
    }

    /** Whether {@code auth} (may be null) is a signed-in instructor. */
    public static boolean isInstructor(Authentication auth) {
        return auth != null
                && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + INSTRUCTOR).equals(a.getAuthority()));
    }
}
