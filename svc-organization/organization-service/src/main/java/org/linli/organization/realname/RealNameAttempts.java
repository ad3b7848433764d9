package org.linli.organization.realname;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.linli.organization.account.AccountService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The limit on failed real-name attempts (a sliding window per account). An attempt is reserved before
 * any provider is asked, under the account's row lock, and counts while pending: parallel requests
 * cannot slip past the limit together.
 */
@Component
class RealNameAttempts {

    private final RealNameAttemptMapper attempts;
    private final AccountService accounts;
    private final RealNameProperties properties;
    private final Clock clock;

    RealNameAttempts(
            RealNameAttemptMapper attempts, AccountService accounts, RealNameProperties properties, Clock clock) {
        this.attempts = attempts;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    /** Reserves an attempt, or 429 with the time until the oldest failure leaves the window. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long reserve(long accountId) {
        accounts.lock(accountId);
        LocalDateTime now = LocalDateTime.now(clock);
        List<RealNameAttempt> counted = attempts.selectCountedSince(accountId, now.minus(properties.attemptWindow()));
        if (counted.size() >= properties.maxFailedAttempts()) {
            LocalDateTime freed = counted.get(0).getCreatedAt().plus(properties.attemptWindow());
            throw new TooManyAttempts(
                    properties.maxFailedAttempts(),
                    Math.max(1, Duration.between(now, freed).toSeconds()));
        }
        RealNameAttempt attempt = new RealNameAttempt();
        attempt.setAccountId(accountId);
        attempt.setOutcome(AttemptOutcome.PENDING);
        attempt.setCreatedAt(now);
        attempts.insert(attempt);
        return attempt.getId();
    }

    /** Joins the caller's transaction when there is one (a match is recorded with its link). */
    @Transactional
    public void finish(long attemptId, AttemptOutcome outcome, String provider) {
        RealNameAttempt attempt = new RealNameAttempt();
        attempt.setId(attemptId);
        attempt.setOutcome(outcome);
        attempt.setProvider(provider);
        attempts.updateById(attempt);
    }

    /** How many more failures the account may have now. */
    public int remaining(long accountId) {
        LocalDateTime since = LocalDateTime.now(clock).minus(properties.attemptWindow());
        return Math.max(
                0,
                properties.maxFailedAttempts()
                        - attempts.selectCountedSince(accountId, since).size());
    }
}
