package org.linli.organization.realname;

import java.time.Clock;
import java.time.LocalDateTime;
import org.linli.organization.account.Account;
import org.linli.organization.account.AccountService;
import org.linli.organization.consent.ConsentWithdrawn;
import org.linli.organization.person.PersonService;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What withdrawn consent does to a real-name link: the account no longer knows its person, and a person
 * the registry knew only because of this verification is deleted, unless the community has meanwhile
 * tied them to a household (an approved application), which makes them part of its registry.
 */
@Component
class RealNameWithdrawal {

    /** After the household applications let go of the person (their listener's order is lower). */
    static final int ORDER = 100;

    private final RealNameVerificationMapper verifications;
    private final AccountService accounts;
    private final PersonService people;
    private final Clock clock;

    RealNameWithdrawal(
            RealNameVerificationMapper verifications, AccountService accounts, PersonService people, Clock clock) {
        this.verifications = verifications;
        this.accounts = accounts;
        this.people = people;
        this.clock = clock;
    }

    @EventListener
    @Order(ORDER)
    void on(ConsentWithdrawn withdrawn) {
        Account account = accounts.require(withdrawn.accountId());
        if (account.getPersonId() == null) {
            return;
        }
        accounts.unlinkPerson(account.getId());
        RealNameVerification current = verifications.selectCurrent(account.getId());
        if (current == null) {
            return;
        }
        current.setEndedAt(LocalDateTime.now(clock));
        verifications.updateById(current);
        if (Boolean.TRUE.equals(current.getPersonCreated())) {
            people.deleteIfUnreferenced(current.getPersonId());
        }
    }
}
