package org.linli.platform.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Called without a token (a login, a token refresh, the signing keys). What makes it public is its
 * path in {@code linli.security.public-paths}; this annotation says so where the operation is
 * written, and the API documents check that the two agree.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PublicEndpoint {

    /** The front ends that call it; none for an endpoint only other services call. */
    Audience[] value();

    /** Why no token is needed, e.g. "the WeChat code is the credential". */
    String why() default "";
}
