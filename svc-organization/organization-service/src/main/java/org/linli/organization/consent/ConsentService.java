package org.linli.organization.consent;

import java.time.Clock;
import java.time.LocalDateTime;
import org.linli.organization.consent.dto.ConsentView;
import org.linli.organization.token.SessionService;
import org.linli.platform.error.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consent to the privacy policy (PIPL): required before a resident's phone or real name is collected.
 *
 * <p>Withdrawing stops the processing and erases what was collected under it: the phone bound through
 * WeChat is deleted, the account's real-name link ends (a person the registry knew only from this
 * verification is deleted too), pending household applications are withdrawn, and every session of the
 * account ends, since its tokens name the person. Kept: the consent records themselves (versions and
 * times), attempt outcomes without their contents, and household ties the community approved, which are
 * the community's registry. The listeners of {@link ConsentWithdrawn} do the erasing, in the same
 * transaction.
 */
@Service
public class ConsentService {

    private final ConsentRecordMapper records;
    private final ConsentProperties properties;
    private final SessionService sessions;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ConsentService(
            ConsentRecordMapper records,
            ConsentProperties properties,
            SessionService sessions,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.records = records;
        this.properties = properties;
        this.sessions = sessions;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ConsentView view(long accountId) {
        return new ConsentView(
                properties.policyVersion(),
                isGiven(records.selectInForce(accountId)),
                records.selectHistory(accountId).stream()
                        .map(r -> new ConsentView.Entry(
                                r.getPolicyVersion(), r.getGrantedAt(), r.getEndedAt(), r.getEndReason()))
                        .toList());
    }

    /** Records consent to the current policy; giving it again changes nothing. */
    public ConsentView give(long accountId, String policyVersion) {
        if (!properties.policyVersion().equals(policyVersion.trim())) {
            throw DomainException.invalid(
                    "consent.outdated-policy",
                    "policyVersion",
                    "is not the policy in force; show the resident version " + properties.policyVersion());
        }
        try {
            transactions.executeWithoutResult(status -> record(accountId));
        } catch (DuplicateKeyException concurrentGrant) {
            // another request of the same resident recorded it a moment ago: the outcome is the same
        }
        return view(accountId);
    }

    /** 403 unless the account's consent to the current policy is in force. */
    public void require(long accountId) {
        if (!isGiven(records.selectInForce(accountId))) {
            throw new DomainException(
                    HttpStatus.FORBIDDEN,
                    "consent.required",
                    "Agree to the privacy policy (version " + properties.policyVersion()
                            + ") before personal data is collected.");
        }
    }

    /** Withdraws consent and erases what was collected under it (see the class comment). */
    public ConsentView withdraw(long accountId) {
        boolean withdrawn = Boolean.TRUE.equals(transactions.execute(status -> {
            ConsentRecord inForce = records.selectInForce(accountId);
            if (inForce == null || records.end(inForce.getId(), ConsentEnd.WITHDRAWN, now()) == 0) {
                return false;
            }
            events.publishEvent(new ConsentWithdrawn(accountId));
            return true;
        }));
        if (withdrawn) {
            // after the commit: the sessions' tokens carry the person claim that has just ended
            sessions.endAll(accountId);
        }
        return view(accountId);
    }

    private void record(long accountId) {
        ConsentRecord inForce = records.selectInForce(accountId);
        if (isGiven(inForce)) {
            return;
        }
        if (inForce != null) {
            records.end(inForce.getId(), ConsentEnd.SUPERSEDED, now());
        }
        ConsentRecord record = new ConsentRecord();
        record.setAccountId(accountId);
        record.setPolicyVersion(properties.policyVersion());
        record.setGrantedAt(now());
        records.insert(record);
    }

    private boolean isGiven(ConsentRecord inForce) {
        return inForce != null && inForce.getPolicyVersion().equals(properties.policyVersion());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
