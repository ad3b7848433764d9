package org.linli.organization.staff;

import java.time.Clock;
import java.time.LocalDateTime;
import org.linli.organization.account.AccountService;
import org.linli.organization.staff.dto.ChangeOwnPassword;
import org.linli.organization.staff.dto.ResetPassword;
import org.linli.organization.token.SessionService;
import org.linli.platform.error.DomainException;
import org.linli.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;

/** Changing one's own password, and resetting the password of an account one manages. */
@Service
public class StaffPasswordService {

    private final StaffAccountMapper staff;
    private final StaffAccountService staffAccounts;
    private final AccountService accounts;
    private final SessionService sessions;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Clock clock;

    StaffPasswordService(
            StaffAccountMapper staff,
            StaffAccountService staffAccounts,
            AccountService accounts,
            SessionService sessions,
            PasswordHasher hasher,
            LoginThrottle throttle,
            Clock clock) {
        this.staff = staff;
        this.staffAccounts = staffAccounts;
        this.accounts = accounts;
        this.sessions = sessions;
        this.hasher = hasher;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * Needs the current password, which counts towards the lockout like a sign-in: a stolen access
     * token must not become a way to guess it. Other sessions end; the one making the change stays.
     */
    public void changeOwn(Caller caller, @Nullable String sessionId, ChangeOwnPassword command) {
        StaffAccount own = staff.selectById(caller.accountId());
        if (own == null) {
            throw DomainException.notFound("staff-account", caller.accountId());
        }
        if (!accounts.require(own.getAccountId()).isActive()) {
            throw new DomainException(HttpStatus.FORBIDDEN, "account.disabled", "This account is disabled.");
        }
        PasswordPolicy.check(command.newPassword(), own.getUsername(), "newPassword");
        LoginThrottle.Streak streak = throttle.ofAccount(own.getAccountId());
        throttle.admit(streak);
        if (!hasher.matches(command.currentPassword(), own.getPasswordHash())) {
            throttle.failed(streak);
            throw DomainException.invalid(
                    "staff.current-password-wrong", "currentPassword", "is not your current password");
        }
        throttle.clear(streak);
        if (command.newPassword().equals(command.currentPassword())) {
            throw DomainException.invalid(
                    "staff.weak-password", "newPassword", "must differ from the current password");
        }
        store(own, command.newPassword());
        if (sessionId == null) {
            sessions.endAll(own.getAccountId());
        } else {
            sessions.endAllExcept(own.getAccountId(), sessionId);
        }
    }

    /** An administrator sets a new password: the account's sessions end and any lockout is lifted. */
    public void reset(Caller caller, long id, ResetPassword command) {
        StaffAccountRow target = staffAccounts.manageable(caller, id);
        PasswordPolicy.check(command.newPassword(), target.getUsername(), "newPassword");
        store(staff.selectById(id), command.newPassword());
        throttle.clear(throttle.ofAccount(id));
        sessions.endAll(id);
    }

    private void store(StaffAccount account, String password) {
        account.setPasswordHash(hasher.hash(password));
        account.setPasswordChangedAt(LocalDateTime.now(clock));
        if (staff.updateById(account) == 0) {
            throw DomainException.conflict(
                    "staff-account.changed", "The account changed meanwhile (another password change?); try again.");
        }
    }
}
