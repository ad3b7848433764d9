package org.linli.organization.staff;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.linli.organization.staff.dto.ChangeAssignment;
import org.linli.organization.staff.dto.ChangeOwnPassword;
import org.linli.organization.staff.dto.CreateStaffAccount;
import org.linli.organization.staff.dto.ResetPassword;
import org.linli.organization.staff.dto.StaffAccountView;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.core.token.TokenClaims;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff accounts, for staff. There is deliberately no way to change one's own role or unit: every
 * change of role, unit or status comes from someone of higher rank whose scope holds the account.
 */
@RestController
@RequestMapping("/api/auth/staff")
@StaffOnly(
        scope = "Only accounts bound to units inside the caller's own org unit and the units below it; any other id"
                + " answers 404, as one that names nothing does.")
@Tag(
        name = "工作人员账号 · Staff accounts",
        description = "The console's staff accounts: one's own account and password, and the accounts a staff member"
                + " creates and manages in their area, with roles ranked below their own. Nobody changes their own"
                + " role or unit.")
class StaffAccountController {

    /** Who a staff member may manage: below them in rank, inside their area. */
    private static final String MANAGED = "Only accounts bound to units inside the caller's own org subtree (else 404)"
            + " whose role ranks below the caller's: SYSTEM_ADMIN > STREET_ADMIN > COMMUNITY_ADMIN > GRID_WORKER,"
            + " PROPERTY_STAFF (else 403).";

    private static final String BUSY =
            "Too many passwords are being hashed right now: retry after Retry-After seconds.";

    private final StaffAccountService staffAccounts;
    private final StaffPasswordService passwords;

    StaffAccountController(StaffAccountService staffAccounts, StaffPasswordService passwords) {
        this.staffAccounts = staffAccounts;
        this.passwords = passwords;
    }

    @GetMapping("/me")
    @StaffOnly(scope = "Only the caller's own account.")
    @Operation(summary = "Get the signed-in staff account", description = "With the caller's own name in full.")
    @ProblemCode(
            status = 404,
            code = "staff-account.not-found",
            when = "The token names no staff account (it was issued for one that no longer exists).")
    StaffAccountView me(Caller caller) {
        return staffAccounts.own(caller);
    }

    @PutMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @StaffOnly(scope = "Only the caller's own account.")
    @Operation(
            summary = "Change one's own password",
            description = "Needs the current password; wrong ones count towards the sign-in lockout. The account's"
                    + " other sessions end; the one making the change stays signed in.")
    @ProblemCode(
            status = 422,
            code = "staff.current-password-wrong",
            when = "currentPassword is not the account's password.")
    @ProblemCode(
            status = 422,
            code = "staff.weak-password",
            when = "The new password breaks the policy (10 to 128 characters, not containing the username, not the"
                    + " current one); errors say which.")
    @ProblemCode(
            status = 423,
            code = "auth.locked",
            when = "Too many wrong passwords: the account is locked; retry after Retry-After seconds.")
    @ProblemCode(status = 403, code = "account.disabled", when = "The account has been disabled.")
    @ProblemCode(
            status = 409,
            code = "staff-account.changed",
            when = "The account changed meanwhile (another password change?): retry.")
    @ProblemCode(status = 503, code = "auth.busy", when = BUSY)
    void changeOwnPassword(
            Caller caller, @AuthenticationPrincipal Jwt token, @Valid @RequestBody ChangeOwnPassword command) {
        passwords.changeOwn(caller, token.getClaimAsString(TokenClaims.SESSION), command);
    }

    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @StaffOnly(
            scope = "Only accounts bound to a unit inside the caller's own org subtree (else 404), with a role ranked"
                    + " below the caller's: SYSTEM_ADMIN > STREET_ADMIN > COMMUNITY_ADMIN > GRID_WORKER,"
                    + " PROPERTY_STAFF (else 403).")
    @Operation(
            summary = "Create a staff account",
            description = "The username is taken in its normal form (NFKC, case-folded). Each role is bound to a unit"
                    + " of its kind: STREET_ADMIN a STREET, COMMUNITY_ADMIN a COMMUNITY, GRID_WORKER a GRID or"
                    + " COMMUNITY, PROPERTY_STAFF a COMPOUND.")
    @ProblemCode(
            status = 422,
            code = "staff.invalid-username",
            when = "The username, normalised, is not 3 to 32 letters, digits, '.', '_' or '-'.")
    @ProblemCode(status = 422, code = "staff.not-a-staff-role", when = "role is not a staff role.")
    @ProblemCode(
            status = 422,
            code = "staff.role-unit-mismatch",
            when = "orgUnitId is not of the kind the role is bound to.")
    @ProblemCode(
            status = 422,
            code = "staff.weak-password",
            when = "The password breaks the policy (10 to 128 characters, not containing the username).")
    @ProblemCode(
            status = 403,
            code = "staff.role-not-grantable",
            when = "The role does not rank below the caller's own.")
    @ProblemCode(status = 404, code = "org-unit.not-found", when = "orgUnitId is not a unit of the caller's area.")
    @ProblemCode(status = 409, code = "staff.username-taken", when = "An account with this username exists.")
    @ProblemCode(status = 503, code = "auth.busy", when = BUSY)
    StaffAccountView create(Caller caller, @Valid @RequestBody CreateStaffAccount command) {
        return staffAccounts.create(caller, command);
    }

    @GetMapping("/accounts")
    @Operation(summary = "List the staff accounts of the caller's area", description = "Paged; names are masked.")
    PageResult<StaffAccountView> list(
            Caller caller,
            @Parameter(description = "Page number, from 1.", example = "1") @RequestParam(defaultValue = "1") @Min(1)
                    long page,
            @Parameter(description = "Accounts per page, 1 to 500.", example = "50")
                    @RequestParam(defaultValue = "50")
                    @Min(1)
                    @Max(500)
                    long size) {
        return staffAccounts.list(caller, page, size);
    }

    @GetMapping("/accounts/{id}")
    @Operation(summary = "Get a staff account", description = "The display name is masked.")
    @ProblemCode(
            status = 404,
            code = "staff-account.not-found",
            when = "No staff account with this id in the caller's area.")
    StaffAccountView get(
            Caller caller, @Parameter(description = "The staff account.", example = "4") @PathVariable long id) {
        return staffAccounts.get(caller, id);
    }

    @PostMapping("/accounts/{id}/disable")
    @StaffOnly(scope = MANAGED)
    @Operation(
            summary = "Disable a staff account",
            description = "Its sessions end at once. Disabling a disabled account changes nothing.")
    @AnotherStaffAccount
    @ProblemCode(status = 409, code = "account.changed", when = "The account changed meanwhile: retry.")
    @ProblemCode(status = 404, code = "account.not-found", when = "The account was removed meanwhile.")
    StaffAccountView disable(
            Caller caller, @Parameter(description = "The staff account.", example = "4") @PathVariable long id) {
        return staffAccounts.disable(caller, id);
    }

    @PostMapping("/accounts/{id}/enable")
    @StaffOnly(scope = MANAGED)
    @Operation(summary = "Enable a disabled staff account")
    @AnotherStaffAccount
    @ProblemCode(status = 409, code = "account.changed", when = "The account changed meanwhile: retry.")
    @ProblemCode(status = 404, code = "account.not-found", when = "The account was removed meanwhile.")
    StaffAccountView enable(
            Caller caller, @Parameter(description = "The staff account.", example = "4") @PathVariable long id) {
        return staffAccounts.enable(caller, id);
    }

    @PutMapping("/accounts/{id}/assignment")
    @StaffOnly(scope = MANAGED)
    @Operation(
            summary = "Move a staff account to another role and unit",
            description = "Under the rules of creating one. The account's sessions end: their tokens say otherwise.")
    @AnotherStaffAccount
    @ProblemCode(
            status = 403,
            code = "staff.role-not-grantable",
            when = "The new role does not rank below the caller's own.")
    @ProblemCode(status = 422, code = "staff.not-a-staff-role", when = "role is not a staff role.")
    @ProblemCode(
            status = 422,
            code = "staff.role-unit-mismatch",
            when = "orgUnitId is not of the kind the role is bound to.")
    @ProblemCode(status = 404, code = "org-unit.not-found", when = "orgUnitId is not a unit of the caller's area.")
    @ProblemCode(status = 409, code = "account.changed", when = "The account changed meanwhile: retry.")
    @ProblemCode(status = 404, code = "account.not-found", when = "The account was removed meanwhile.")
    StaffAccountView assign(
            Caller caller,
            @Parameter(description = "The staff account.", example = "4") @PathVariable long id,
            @Valid @RequestBody ChangeAssignment command) {
        return staffAccounts.assign(caller, id, command);
    }

    @PutMapping("/accounts/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @StaffOnly(scope = MANAGED)
    @Operation(
            summary = "Set a new password for a staff account",
            description =
                    "For someone who forgot theirs: the account's sessions end and any sign-in lockout is lifted.")
    @AnotherStaffAccount
    @ProblemCode(
            status = 422,
            code = "staff.weak-password",
            when = "The password breaks the policy (10 to 128 characters, not containing the username).")
    @ProblemCode(
            status = 409,
            code = "staff-account.changed",
            when = "The account changed meanwhile (another password change?): retry.")
    @ProblemCode(status = 503, code = "auth.busy", when = BUSY)
    void resetPassword(
            Caller caller,
            @Parameter(description = "The staff account.", example = "4") @PathVariable long id,
            @Valid @RequestBody ResetPassword command) {
        passwords.reset(caller, id, command);
    }
}
