package org.linli.organization.account;

import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import java.util.EnumSet;
import java.util.Set;
import org.linli.organization.geography.GeographyService;
import org.linli.organization.partymember.PartyMemberService;
import org.linli.platform.core.token.Role;
import org.linli.platform.error.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and what their tokens grant. How one logs in (WeChat, password) lives with each login. */
@Service
public class AccountService {

    private final AccountMapper accounts;
    private final GeographyService geography;
    private final PartyMemberService partyMembers;

    AccountService(AccountMapper accounts, GeographyService geography, PartyMemberService partyMembers) {
        this.accounts = accounts;
        this.geography = geography;
        this.partyMembers = partyMembers;
    }

    /** A new resident account: not yet real-name verified, so it knows no person. */
    @Transactional
    public Account createResident() {
        Account account = new Account();
        account.setKind(AccountKind.RESIDENT);
        account.setStatus(AccountStatus.ACTIVE);
        accounts.insert(account);
        return account;
    }

    /**
     * A new staff account bound to one role and one org unit; who may create it is decided by the caller.
     * A system administrator alone has no unit: its scope is every tree, which no single unit stands for.
     */
    @Transactional
    public Account createStaff(Role role, @Nullable Long orgUnitId) {
        if (!role.isStaff()) {
            throw new IllegalArgumentException(role + " is not a staff role");
        }
        if ((orgUnitId == null) != (role == Role.SYSTEM_ADMIN)) {
            throw new IllegalArgumentException("Every staff role but SYSTEM_ADMIN is bound to an org unit");
        }
        Account account = new Account();
        account.setKind(AccountKind.STAFF);
        account.setStatus(AccountStatus.ACTIVE);
        account.setRole(role);
        account.setOrgUnitId(orgUnitId);
        accounts.insert(account);
        return account;
    }

    public Account require(long id) {
        Account account = accounts.selectById(id);
        if (account == null) {
            throw DomainException.notFound("account", id);
        }
        return account;
    }

    /** Saves a changed account; a concurrent change answers 409 (optimistic lock). */
    @Transactional
    public void save(Account account) {
        if (accounts.updateById(account) == 0) {
            throw DomainException.conflict("account.changed", "The account changed meanwhile; try again.");
        }
    }

    /**
     * The account, its row locked until the transaction ends: serialises a resident's concurrent
     * attempts at something that is counted (real-name checks).
     */
    @Transactional
    public Account lock(long id) {
        Account account = accounts.selectByIdForUpdate(id);
        if (account == null) {
            throw DomainException.notFound("account", id);
        }
        return account;
    }

    /** Forgets the phone bound to the account (updateById would skip the nulls). */
    @Transactional
    public void erasePhone(long id) {
        accounts.update(
                null,
                new LambdaUpdateWrapper<Account>()
                        .eq(Account::getId, id)
                        .set(Account::getPhoneCipher, null)
                        .set(Account::getPhoneHash, null)
                        .setSql("version = version + 1, updated_at = NOW(3)"));
    }

    /** Ends the account's real-name link: it knows no person and counts as unverified again. */
    @Transactional
    public void unlinkPerson(long id) {
        accounts.update(
                null,
                new LambdaUpdateWrapper<Account>()
                        .eq(Account::getId, id)
                        .set(Account::getPersonId, null)
                        .set(Account::getRealNameVerifiedAt, null)
                        .setSql("version = version + 1, updated_at = NOW(3)"));
    }

    /** What a token for this account may say now; a disabled account gets none. */
    public AccessGrant grantFor(Account account) {
        if (!account.isActive()) {
            throw new DomainException(HttpStatus.FORBIDDEN, "account.disabled", "This account is disabled.");
        }
        if (account.getKind() == AccountKind.STAFF) {
            String path = account.getOrgUnitId() == null
                    ? "/"
                    : geography.require(account.getOrgUnitId()).getPath();
            return new AccessGrant(
                    account.getId(), account.getPersonId(), Set.of(account.getRole()), account.getOrgUnitId(), path);
        }
        Set<Role> roles = EnumSet.of(Role.RESIDENT);
        if (account.getPersonId() != null && partyMembers.isPartyMember(account.getPersonId())) {
            roles.add(Role.PARTY_MEMBER);
        }
        return new AccessGrant(account.getId(), account.getPersonId(), roles, null, null);
    }
}
