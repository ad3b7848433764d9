package org.linli.organization.realname;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.linli.organization.realname.dto.RealNameResult;
import org.linli.organization.realname.dto.RealNameStatus;
import org.linli.organization.realname.dto.VerifyRealName;
import org.linli.platform.access.ResidentsOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.core.token.TokenClaims;
import org.linli.platform.security.Caller;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 实名认证 for residents: see where it stands, verify with name and ID number. */
@RestController
@RequestMapping("/api/auth/real-name")
@ResidentsOnly
@Tag(
        name = "账号与实名 · Account and real name",
        description = "A resident's account: the phone number WeChat vouches for, and real-name verification (实名认证),"
                + " which links the account to a person in the registry.")
class RealNameController {

    private final RealNameService realNames;

    RealNameController(RealNameService realNames) {
        this.realNames = realNames;
    }

    @GetMapping
    @Operation(
            summary = "See whether I am real-name verified",
            description = "The verified person is shown masked, and absent until verified. attemptsLeft counts the"
                    + " failed checks the account may still make in the current window.")
    RealNameStatus status(Caller caller) {
        return realNames.status(caller.accountId());
    }

    /** The ID number's checksum is checked first (422 naming idNumber); consent comes next (403). */
    @PostMapping
    @Operation(
            summary = "Verify my real name with name and resident ID number",
            description = "Checked against the community's roster first, then a third-party ID check. Needs"
                    + " consent to the privacy policy in force. On success the answer carries the tokens of a new"
                    + " session that name the person (use them from now on: the session the call was made in ends,"
                    + " and its tokens are refused within a second) and the person's homes on the roster, which is"
                    + " empty for"
                    + " someone the roster does not know: they apply to join a household"
                    + " (POST /api/auth/household-applications). Failed checks are limited per account (5 in 24"
                    + " hours by default).")
    @ProblemCode(
            status = 403,
            code = "consent.required",
            when = "The resident has not consented to the privacy policy in force: ask for consent"
                    + " (POST /api/auth/consent), then retry.")
    @ProblemCode(status = 403, code = "account.disabled", when = "The resident's account is disabled.")
    @ProblemCode(
            status = 409,
            code = "real-name.already-verified",
            when = "The account is already real-name verified; nothing to do.")
    @ProblemCode(
            status = 409,
            code = "real-name.already-bound",
            when = "This identity is already verified by another resident account (this does not count as a failed"
                    + " attempt).")
    @ProblemCode(
            status = 422,
            code = "real-name.not-matched",
            when = "The name and ID number do not match the records; detail says how many attempts are left.")
    @ProblemCode(
            status = 429,
            code = "real-name.too-many-attempts",
            when = "The account used up its failed attempts: retry after the Retry-After header's seconds.")
    @ProblemCode(
            status = 503,
            code = "real-name.unavailable",
            when = "The ID check cannot be reached right now: try again after Retry-After seconds; this did not"
                    + " count as a failed attempt.")
    ResponseEntity<RealNameResult> verify(
            Caller caller, @AuthenticationPrincipal Jwt token, @Valid @RequestBody VerifyRealName command) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(realNames.verify(caller.accountId(), token.getClaimAsString(TokenClaims.SESSION), command));
    }
}
