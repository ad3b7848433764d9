package org.linli.requests.request;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.linli.platform.apidocs.ProblemCode;

/** The problems of every step on a request: not found for the caller, or moved by someone else first. */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ProblemCode(
        status = 404,
        code = "resident-request.not-found",
        when = "No request with this id that the caller may see.")
@ProblemCode(
        status = 409,
        code = "resident-request.transition-not-allowed",
        when = "The request's status does not allow this step (someone moved it first, or it makes no sense"
                + " there): reload it.")
@ProblemCode(
        status = 409,
        code = "conflict.stale",
        when = "Someone else moved the request at the same moment: reload it to see where it stands.")
@interface StepProblems {}
