package org.linli.platform.servicecall;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opens an endpoint (a controller method, or every method of a controller) to other services calling
 * with a SERVICE token whose client holds {@link #grant}. Every other endpoint refuses them
 * ({@link ServiceCallerGuard}): endpoints are written for people, and a service has no person behind
 * it, so one that is not opened on purpose must not guess what a service may see there.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ServiceCallable {

    /** The grant (token scope) a service client needs, e.g. {@code org.lookups}. */
    String grant();
}
