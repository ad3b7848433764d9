package org.linli.platform.apidocs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A problem an operation answers, with the stable {@code code} a client switches on. The API
 * documents list each under its status, with an example body; the problems every operation of a
 * kind can answer (no token, an unreadable body, a reused Idempotency-Key) are added by the platform
 * and need not be repeated ({@link CommonProblems}).
 *
 * <pre>{@code
 * @ProblemCode(status = 404, code = "household.not-found", when = "No household with this id in your area.")
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(ProblemCodes.class)
public @interface ProblemCode {

    int status();

    String code();

    /** When it is answered, and if it helps, what the client should do, for the person reading the docs. */
    String when();
}
