package org.linli.organization.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.linli.platform.pii.PiiCipher;
import org.springframework.stereotype.Component;

/**
 * Locks an account after repeated failed sign-ins (lockout). Every attempt is counted <em>before</em>
 * its password is checked and the count is cleared by a success, so however many attempts arrive at
 * once, at most {@code max-failures} passwords are tried per lock period.
 *
 * <p>Failures count against the account a username names, so no other spelling of that username gets
 * tries of its own. A username that names no account is counted under its own name, so it locks like
 * a known one and a lock says nothing about which usernames exist. Either way the row is keyed by a
 * keyed hash, never the username itself, because people type passwords into the username field.
 */
@Component
class LoginThrottle {

    private static final int PURGE_BATCH = 100;

    private final LoginAttemptMapper attempts;
    private final PiiCipher keyedHash;
    private final StaffProperties.Lockout lockout;
    private final Clock clock;

    LoginThrottle(LoginAttemptMapper attempts, PiiCipher keyedHash, StaffProperties properties, Clock clock) {
        this.attempts = attempts;
        this.keyedHash = keyedHash;
        this.lockout = properties.lockout();
        this.clock = clock;
    }

    /** Whose failures an attempt counts towards, as the keyed hash its row is stored under. */
    record Streak(String hash) {}

    /** The failures of an account, with whichever spelling of its username they were made. */
    Streak ofAccount(long accountId) {
        return new Streak(keyedHash.blindIndex("staff-account:" + accountId));
    }

    /** The failures of a username that names no account. */
    Streak ofUnknown(String username) {
        return new Streak(keyedHash.blindIndex("staff-login:" + Usernames.normalize(username)));
    }

    /** Counts an attempt; 423 {@code auth.locked} while the streak is locked. */
    void admit(Streak streak) {
        String hash = streak.hash();
        LocalDateTime now = LocalDateTime.now(clock);
        attempts.ensure(hash, now);
        int counted = attempts.count(
                hash, now, now.minus(lockout.duration()), lockout.maxFailures(), now.plus(lockout.duration()));
        if (counted == 0) {
            throw locked(attempts.lockedUntil(hash), now);
        }
    }

    /** After a failed attempt: 423 if that attempt used up the last try, so the person learns it now. */
    void failed(Streak streak) {
        LocalDateTime now = LocalDateTime.now(clock);
        attempts.purge(now.minus(lockout.duration()), PURGE_BATCH);
        LocalDateTime until = attempts.lockedUntil(streak.hash());
        if (until != null && until.isAfter(now)) {
            throw locked(until, now);
        }
    }

    /** A success, or a password reset by an administrator, ends the streak and any lock. */
    void clear(Streak streak) {
        attempts.clear(streak.hash());
    }

    private static RetryLater locked(LocalDateTime until, LocalDateTime now) {
        // the row vanished or unlocked between our two statements (a success, a purge): ask for a quick retry
        Duration left = until == null ? Duration.ZERO : Duration.between(now, until);
        return RetryLater.locked(left.isNegative() ? Duration.ZERO : left);
    }
}
