package org.linli.organization.staff;

import org.linli.organization.account.Account;
import org.linli.organization.account.AccountService;
import org.linli.organization.staff.dto.StaffLoginRequest;
import org.linli.organization.staff.dto.StaffLoginResponse;
import org.linli.organization.token.SessionService;
import org.linli.platform.error.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Staff sign-in with username and password. A wrong password and an unknown username give the same
 * answer after the same work (an unknown username is checked against a dummy hash), and both count
 * towards a lockout: the account's when the username names one, else the username's.
 */
@Service
public class StaffLogin {

    private final StaffAccountMapper staff;
    private final AccountService accounts;
    private final SessionService sessions;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;

    StaffLogin(
            StaffAccountMapper staff,
            AccountService accounts,
            SessionService sessions,
            PasswordHasher hasher,
            LoginThrottle throttle) {
        this.staff = staff;
        this.accounts = accounts;
        this.sessions = sessions;
        this.hasher = hasher;
        this.throttle = throttle;
    }

    /** A new session; 401 {@code auth.bad-credentials}, 423 {@code auth.locked}, or 403 {@code account.disabled}. */
    public StaffLoginResponse login(StaffLoginRequest request) {
        String username = Usernames.normalize(request.username());
        // outside the alphabet no account can have the name (démo-…): it is not even looked up
        StaffAccount found = Usernames.isAccountName(username) ? staff.selectByUsername(username) : null;
        LoginThrottle.Streak streak =
                found == null ? throttle.ofUnknown(username) : throttle.ofAccount(found.getAccountId());
        throttle.admit(streak);
        boolean proven = found == null
                ? hasher.matchesNobody(request.password())
                : hasher.matches(request.password(), found.getPasswordHash());
        if (!proven) {
            throttle.failed(streak);
            throw new DomainException(
                    HttpStatus.UNAUTHORIZED, "auth.bad-credentials", "The username or password is not correct.");
        }
        throttle.clear(streak);
        rehashIfOutdated(found, request.password());
        Account account = accounts.require(found.getAccountId());
        return StaffLoginResponse.of(sessions.start(account), account.getRole(), account.getOrgUnitId());
    }

    /**
     * The one moment the plain password is at hand: a hash made with an older algorithm or weaker
     * parameters is replaced. Losing a race with a password change just leaves the newer hash in place.
     */
    private void rehashIfOutdated(StaffAccount account, String password) {
        if (hasher.needsUpgrade(account.getPasswordHash())) {
            account.setPasswordHash(hasher.hash(password));
            staff.updateById(account);
        }
    }
}
