package org.linli.organization.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.linli.platform.pii.PiiCipher;
import org.springframework.stereotype.Component;

/**
 * Locks a username after repeated failed sign-ins (lockout). Every attempt is counted <em>before</em>
 * its password is checked and the count is cleared by a success, so however many attempts arrive at
 * once, at most {@code max-failures} passwords are tried per lock period.
 *
 * <p>Counts are kept per username, whether or not an account has it, so a lock says nothing about
 * which usernames exist; usernames are stored as keyed hashes, because people type passwords into the
 * username field.
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

    /** Counts an attempt to sign in as {@code username}; 423 {@code auth.locked} while the username is locked. */
    void admit(String username) {
        String hash = hash(username);
        LocalDateTime now = LocalDateTime.now(clock);
        attempts.ensure(hash, now);
        int counted = attempts.count(
                hash, now, now.minus(lockout.duration()), lockout.maxFailures(), now.plus(lockout.duration()));
        if (counted == 0) {
            throw locked(attempts.lockedUntil(hash), now);
        }
    }

    /** After a failed attempt: 423 if that attempt used up the last try, so the person learns it now. */
    void failed(String username) {
        LocalDateTime now = LocalDateTime.now(clock);
        attempts.purge(now.minus(lockout.duration()), PURGE_BATCH);
        LocalDateTime until = attempts.lockedUntil(hash(username));
        if (until != null && until.isAfter(now)) {
            throw locked(until, now);
        }
    }

    /** A success, or a password reset by an administrator, ends the streak and any lock. */
    void clear(String username) {
        attempts.clear(hash(username));
    }

    private String hash(String username) {
        return keyedHash.blindIndex("staff-login:" + Usernames.normalize(username));
    }

    private static RetryLater locked(LocalDateTime until, LocalDateTime now) {
        // the row vanished or unlocked between our two statements (a success, a purge): ask for a quick retry
        Duration left = until == null ? Duration.ZERO : Duration.between(now, until);
        return RetryLater.locked(left.isNegative() ? Duration.ZERO : left);
    }
}
