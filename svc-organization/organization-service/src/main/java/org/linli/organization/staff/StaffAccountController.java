package org.linli.organization.staff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.linli.organization.staff.dto.ChangeAssignment;
import org.linli.organization.staff.dto.ChangeOwnPassword;
import org.linli.organization.staff.dto.CreateStaffAccount;
import org.linli.organization.staff.dto.ResetPassword;
import org.linli.organization.staff.dto.StaffAccountView;
import org.linli.platform.access.StaffOnly;
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
@StaffOnly
class StaffAccountController {

    private final StaffAccountService staffAccounts;
    private final StaffPasswordService passwords;

    StaffAccountController(StaffAccountService staffAccounts, StaffPasswordService passwords) {
        this.staffAccounts = staffAccounts;
        this.passwords = passwords;
    }

    @GetMapping("/me")
    StaffAccountView me(Caller caller) {
        return staffAccounts.own(caller);
    }

    @PutMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changeOwnPassword(
            Caller caller, @AuthenticationPrincipal Jwt token, @Valid @RequestBody ChangeOwnPassword command) {
        passwords.changeOwn(caller, token.getClaimAsString(TokenClaims.SESSION), command);
    }

    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    StaffAccountView create(Caller caller, @Valid @RequestBody CreateStaffAccount command) {
        return staffAccounts.create(caller, command);
    }

    @GetMapping("/accounts")
    PageResult<StaffAccountView> list(
            Caller caller,
            @RequestParam(defaultValue = "1") @Min(1) long page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) long size) {
        return staffAccounts.list(caller, page, size);
    }

    @GetMapping("/accounts/{id}")
    StaffAccountView get(Caller caller, @PathVariable long id) {
        return staffAccounts.get(caller, id);
    }

    @PostMapping("/accounts/{id}/disable")
    StaffAccountView disable(Caller caller, @PathVariable long id) {
        return staffAccounts.disable(caller, id);
    }

    @PostMapping("/accounts/{id}/enable")
    StaffAccountView enable(Caller caller, @PathVariable long id) {
        return staffAccounts.enable(caller, id);
    }

    @PutMapping("/accounts/{id}/assignment")
    StaffAccountView assign(Caller caller, @PathVariable long id, @Valid @RequestBody ChangeAssignment command) {
        return staffAccounts.assign(caller, id, command);
    }

    @PutMapping("/accounts/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(Caller caller, @PathVariable long id, @Valid @RequestBody ResetPassword command) {
        passwords.reset(caller, id, command);
    }
}
