package org.linli.requests.request;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.linli.platform.apidocs.ProblemCode;

/**
 * The problems of an operation that takes one of the caller's homes ({@code householdId}) as proof of where they
 * live, which svc-organization must confirm right then.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ProblemCode(
        status = 422,
        code = "resident-request.not-your-household",
        when = "householdId names no home of the caller's.")
@ProblemCode(
        status = 503,
        code = "dependency.unavailable",
        when = "svc-organization cannot confirm the home right now: try again in a moment.")
@interface HomeProblems {}
