package org.linli.requests.request;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.linli.platform.apidocs.ProblemCode;

/** {@link StepProblems}, and the 403 of a caller who sees the request but does not answer for it now. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@StepProblems
@ProblemCode(
        status = 403,
        code = "resident-request.not-yours-to-act",
        when = "The caller sees the request, but another level or handler answers for it now (it was escalated,"
                + " or dispatched elsewhere); `detail` says who.")
@interface StaffStepProblems {}
