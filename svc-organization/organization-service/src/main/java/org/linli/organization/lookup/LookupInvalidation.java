package org.linli.organization.lookup;

import java.util.ArrayList;
import java.util.List;
import org.linli.organization.household.HouseholdChanged;
import org.linli.organization.link.LinkChanged;
import org.linli.organization.partymember.PartyMemberChanged;
import org.linli.organization.person.PersonRenamed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Evicts lookups once the change that affects them has committed, still inside the request that made
 * it, so the caller's next read (on any instance) sees the change.
 */
@Component
class LookupInvalidation {

    private final LookupCache cache;
    private final LookupQueries queries;

    LookupInvalidation(LookupCache cache, LookupQueries queries) {
        this.cache = cache;
        this.queries = queries;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(LinkChanged change) {
        List<String> keys = new ArrayList<>();
        keys.add(LookupKeys.household(change.householdId()));
        if (change.previousMemberId() != null) {
            keys.add(LookupKeys.member(change.previousMemberId()));
        }
        if (change.memberId() != null) {
            keys.add(LookupKeys.member(change.memberId()));
        }
        cache.evict(keys);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(HouseholdChanged change) {
        cache.evict(List.of(LookupKeys.household(change.householdId())));
    }

    /** A member's name, phone or position shows in each of their households' answers too. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PartyMemberChanged change) {
        cache.evict(memberKeys(change.memberId()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PersonRenamed change) {
        List<String> keys = new ArrayList<>();
        queries.membersOfPerson(change.personId()).forEach(m -> keys.addAll(memberKeys(m)));
        if (!keys.isEmpty()) {
            cache.evict(keys);
        }
    }

    private List<String> memberKeys(long memberId) {
        List<String> keys = new ArrayList<>();
        keys.add(LookupKeys.member(memberId));
        queries.householdIdsOfMember(memberId).forEach(h -> keys.add(LookupKeys.household(h)));
        return keys;
    }
}
