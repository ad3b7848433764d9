package org.linli.organization.staff;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.linli.platform.apidocs.ProblemCode;

/** The problems of every operation on another staff member's account, when that account is out of reach. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ProblemCode(
        status = 404,
        code = "staff-account.not-found",
        when = "No staff account with this id in the caller's area.")
@ProblemCode(
        status = 403,
        code = "staff.not-manageable",
        when = "The account's role does not rank below the caller's own.")
@interface AnotherStaffAccount {}
