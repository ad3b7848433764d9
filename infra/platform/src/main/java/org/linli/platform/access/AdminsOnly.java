package org.linli.platform.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Community, street and system administrators, within their own org subtree: they change the registry's structure and accounts. Enforced by method security; the API documents say the same because they read this
 * annotation ({@link Access}).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("@roles.isAdmin()")
public @interface AdminsOnly {

    /** What the caller may reach through this operation, when it says more than the default scope. */
    String scope() default "";
}
