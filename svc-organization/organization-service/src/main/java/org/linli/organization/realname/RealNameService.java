package org.linli.organization.realname;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.linli.organization.account.Account;
import org.linli.organization.account.AccountService;
import org.linli.organization.consent.ConsentService;
import org.linli.organization.household.HouseholdService;
import org.linli.organization.person.PersonService;
import org.linli.organization.person.dto.PersonDetails;
import org.linli.organization.realname.RealNameProvider.Verdict;
import org.linli.organization.realname.dto.RealNameResult;
import org.linli.organization.realname.dto.RealNameStatus;
import org.linli.organization.realname.dto.VerifyRealName;
import org.linli.organization.token.SessionService;
import org.linli.platform.error.DomainException;
import org.linli.platform.pii.ChineseIdNumber;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Real-name verification: a resident's account is linked to the registry's person after a provider
 * confirms their name and ID number (roster first, then the ID-check service). The link makes the
 * resident a member of their roster households, and it is what every later resident action stands on.
 *
 * <p>Order: consent, then the failure limit (an attempt is reserved), then the providers (no transaction
 * is open while one is asked), then one transaction that links, records and starts a session.
 */
@Service
public class RealNameService {

    static final String ALREADY_BOUND = "real-name.already-bound";

    private final List<RealNameProvider> providers;
    private final RealNameAttempts attempts;
    private final RealNameVerificationMapper verifications;
    private final AccountService accounts;
    private final PersonService people;
    private final HouseholdService households;
    private final ConsentService consents;
    private final SessionService sessions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RealNameService(
            List<RealNameProvider> providers,
            RealNameAttempts attempts,
            RealNameVerificationMapper verifications,
            AccountService accounts,
            PersonService people,
            HouseholdService households,
            ConsentService consents,
            SessionService sessions,
            TransactionTemplate transactions,
            Clock clock) {
        this.providers = providers;
        this.attempts = attempts;
        this.verifications = verifications;
        this.accounts = accounts;
        this.people = people;
        this.households = households;
        this.consents = consents;
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
    }

    public RealNameStatus status(long accountId) {
        Account account = accounts.require(accountId);
        return new RealNameStatus(
                account.isRealNameVerified(),
                account.getRealNameVerifiedAt(),
                account.getPersonId() == null ? null : people.view(account.getPersonId()),
                attempts.remaining(accountId));
    }

    /**
     * @param loginSession the session the resident verifies from; it ends once the new one has started.
     *     Its tokens name no person, and a resident who signs out later must sign out of everything they
     *     signed in with: a second session left running would outlive the logout by its refresh token's
     *     30 days.
     */
    public RealNameResult verify(long accountId, @Nullable String loginSession, VerifyRealName command) {
        consents.require(accountId);
        if (accounts.require(accountId).isRealNameVerified()) {
            throw alreadyVerified();
        }
        String name = command.name().trim();
        String idNumber = ChineseIdNumber.normalize(command.idNumber());
        long attempt = attempts.reserve(accountId);
        Checked checked;
        try {
            checked = ask(name, idNumber);
        } catch (RuntimeException e) {
            attempts.finish(attempt, AttemptOutcome.UNAVAILABLE, null);
            throw e;
        }
        Verdict.Kind kind = checked.verdict().kind();
        if (kind == Verdict.Kind.UNAVAILABLE) {
            attempts.finish(attempt, AttemptOutcome.UNAVAILABLE, checked.provider());
            throw new DomainException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "real-name.unavailable",
                    "The identity check cannot be reached right now; try again later (this did not count as a"
                            + " failed attempt).",
                    Duration.ofSeconds(30));
        }
        if (kind != Verdict.Kind.CONFIRMED) {
            attempts.finish(attempt, AttemptOutcome.MISMATCHED, checked.provider());
            throw new DomainException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "real-name.not-matched",
                    "The name and ID number do not match the records; " + attempts.remaining(accountId)
                            + " attempts left.");
        }
        RealNameResult verified = link(accountId, attempt, name, idNumber, checked);
        if (loginSession != null) {
            sessions.end(loginSession);
        }
        return verified;
    }

    private RealNameResult link(long accountId, long attempt, String name, String idNumber, Checked checked) {
        try {
            return transactions.execute(status -> linkInTransaction(accountId, attempt, name, idNumber, checked));
        } catch (DomainException e) {
            attempts.finish(
                    attempt,
                    e.code().equals(ALREADY_BOUND) ? AttemptOutcome.CONFLICT : AttemptOutcome.UNAVAILABLE,
                    checked.provider());
            throw e;
        } catch (RuntimeException e) {
            attempts.finish(attempt, AttemptOutcome.UNAVAILABLE, checked.provider());
            throw e;
        }
    }

    private RealNameResult linkInTransaction(
            long accountId, long attempt, String name, String idNumber, Checked checked) {
        Account account = accounts.lock(accountId);
        if (account.isRealNameVerified()) {
            throw alreadyVerified();
        }
        Long personId = checked.verdict().personId();
        boolean created = false;
        if (personId == null) {
            // confirmed by the ID-check service: someone the roster does not know (yet)
            Optional<Long> known = people.findByIdNumber(idNumber);
            created = known.isEmpty();
            personId = known.orElseGet(() -> people.identify(new PersonDetails(name, idNumber, null)));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        account.setPersonId(personId);
        account.setRealNameVerifiedAt(now);
        try {
            accounts.save(account);
        } catch (DuplicateKeyException anotherResidentHasIt) {
            throw DomainException.conflict(
                    ALREADY_BOUND, "This identity is already verified by another resident account.");
        }
        RealNameVerification verification = new RealNameVerification();
        verification.setAccountId(accountId);
        verification.setPersonId(personId);
        verification.setProvider(checked.provider());
        verification.setPersonCreated(created);
        verification.setVerifiedAt(now);
        verifications.insert(verification);
        attempts.finish(attempt, AttemptOutcome.MATCHED, checked.provider());
        return RealNameResult.of(sessions.start(account), people.view(personId), households.homesOf(personId));
    }

    /** The first provider that can tell decides; UNKNOWN from all of them is a failed attempt. */
    private Checked ask(String name, String idNumber) {
        Checked last = new Checked(Verdict.unknown(), null);
        for (RealNameProvider provider : providers) {
            Verdict verdict = provider.check(name, idNumber);
            if (verdict.kind() != Verdict.Kind.UNKNOWN) {
                return new Checked(verdict, provider.name());
            }
            last = new Checked(verdict, provider.name());
        }
        return last;
    }

    private static DomainException alreadyVerified() {
        return DomainException.conflict("real-name.already-verified", "This account is already real-name verified.");
    }

    private record Checked(Verdict verdict, String provider) {}
}
