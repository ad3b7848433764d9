package org.linli.organization.staff;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.linli.organization.staff.dto.StaffLoginRequest;
import org.linli.organization.staff.dto.StaffLoginResponse;
import org.linli.platform.access.Audience;
import org.linli.platform.access.PublicEndpoint;
import org.linli.platform.apidocs.ProblemCode;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The console's sign-in (a public path). */
@RestController
@RequestMapping("/api/auth/staff")
@Tag(
        name = "登录与会话 · Sign-in and sessions",
        description = "Signing in (登录): residents with a WeChat mini-program login code, staff with username and"
                + " password; refreshing and ending sessions; the public keys that verify Linli's access tokens.")
class StaffLoginController {

    private final StaffLogin login;

    StaffLoginController(StaffLogin login) {
        this.login = login;
    }

    /** Tokens are never cached by anyone, nor kept by the Idempotency-Key filter (RFC 6749 §5.1: no-store). */
    @PostMapping("/login")
    @PublicEndpoint(value = Audience.STAFF, why = "the username and password are the credential.")
    @Operation(
            summary = "Sign in to the console with username and password",
            description = "Answers a session and the role and org unit the console draws itself for (no orgUnitId"
                    + " for a system administrator). Usernames are matched case-insensitively. Failed attempts in a"
                    + " row (five by default) lock the account for a while (15 minutes by default), whichever"
                    + " spelling of the username they used.")
    @ProblemCode(
            status = 401,
            code = "auth.bad-credentials",
            when = "The username or the password is wrong (the answer does not say which); each failure counts"
                    + " towards the lock.")
    @ProblemCode(
            status = 423,
            code = "auth.locked",
            when = "Too many failed attempts: the account is locked until the Retry-After header's seconds have"
                    + " passed, whatever password is sent.")
    @ProblemCode(status = 403, code = "account.disabled", when = "The account has been disabled.")
    @ProblemCode(
            status = 503,
            code = "auth.busy",
            when = "Too many sign-ins are being checked at this moment: retry after the Retry-After header's"
                    + " seconds.")
    ResponseEntity<StaffLoginResponse> login(@Valid @RequestBody StaffLoginRequest request) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(login.login(request));
    }
}
