package org.linli.platform.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Any signed-in person: a resident sees what concerns them, staff what lies in their own org subtree.
 * The service applies that scope to each record; a token is all the filter chain asks for, and a
 * service token is refused unless the operation is also {@code @ServiceCallable}.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ResidentsAndStaff {

    /** What the caller may reach through this operation, when it says more than the default scope. */
    String scope() default "";
}
