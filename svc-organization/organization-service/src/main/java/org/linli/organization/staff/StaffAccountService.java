package org.linli.organization.staff;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Clock;
import java.time.LocalDateTime;
import org.linli.organization.account.Account;
import org.linli.organization.account.AccountService;
import org.linli.organization.account.AccountStatus;
import org.linli.organization.geography.GeographyService;
import org.linli.organization.geography.OrgUnit;
import org.linli.organization.staff.dto.ChangeAssignment;
import org.linli.organization.staff.dto.CreateStaffAccount;
import org.linli.organization.staff.dto.StaffAccountView;
import org.linli.organization.token.SessionService;
import org.linli.platform.core.token.Role;
import org.linli.platform.error.DomainException;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.pii.Masking;
import org.linli.platform.pii.PiiCipher;
import org.linli.platform.scope.DataScope;
import org.linli.platform.security.Caller;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff accounts as staff manage them. Everything is limited to the caller's subtree (outside it an
 * account or unit does not exist: 404), and only roles ranked below the caller's can be granted or
 * managed, so nobody can reach further than they already do — themselves included.
 *
 * <p>Passwords are hashed before a transaction opens: a hash takes tens of milliseconds, which a held
 * connection should not wait for.
 */
@Service
public class StaffAccountService {

    private final StaffAccountMapper staff;
    private final AccountService accounts;
    private final GeographyService geography;
    private final SessionService sessions;
    private final PasswordHasher hasher;
    private final PiiCipher pii;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StaffAccountService(
            StaffAccountMapper staff,
            AccountService accounts,
            GeographyService geography,
            SessionService sessions,
            PasswordHasher hasher,
            PiiCipher pii,
            TransactionTemplate transactions,
            Clock clock) {
        this.staff = staff;
        this.accounts = accounts;
        this.geography = geography;
        this.sessions = sessions;
        this.hasher = hasher;
        this.pii = pii;
        this.transactions = transactions;
        this.clock = clock;
    }

    public StaffAccountView create(Caller caller, CreateStaffAccount command) {
        String username = Usernames.forNewAccount(command.username());
        requireGrantable(caller, command.role());
        OrgUnit unit = placeFor(caller, command.role(), command.orgUnitId());
        PasswordPolicy.check(command.password(), username, "password");
        if (staff.selectByUsername(username) != null) {
            throw usernameTaken(username);
        }
        String hash = hasher.hash(command.password());
        StaffAccount created = transactions.execute(
                status -> insert(username, hash, command.displayName(), command.role(), unit, caller.accountId()));
        return view(staff.selectRow(created.getAccountId()));
    }

    public PageResult<StaffAccountView> list(Caller caller, long page, long size) {
        return PageResult.of(staff.selectPageInScope(Page.of(page, size), caller.scopePrefix()), this::view);
    }

    public StaffAccountView get(Caller caller, long id) {
        return view(visible(caller, id));
    }

    /** The caller's own account, whatever its scope, with their own name in full. */
    public StaffAccountView own(Caller caller) {
        StaffAccountRow row = staff.selectRow(caller.accountId());
        if (row == null) {
            throw DomainException.notFound("staff-account", caller.accountId());
        }
        return view(row, pii.decrypt(row.getDisplayNameCipher()));
    }

    /** Disables an account and ends all its sessions at once; disabling a disabled account changes nothing. */
    public StaffAccountView disable(Caller caller, long id) {
        manageable(caller, id);
        Account account = accounts.require(id);
        if (account.isActive()) {
            account.setStatus(AccountStatus.DISABLED);
            accounts.save(account);
        }
        sessions.endAll(id);
        return get(caller, id);
    }

    public StaffAccountView enable(Caller caller, long id) {
        manageable(caller, id);
        Account account = accounts.require(id);
        if (!account.isActive()) {
            account.setStatus(AccountStatus.ACTIVE);
            accounts.save(account);
        }
        return get(caller, id);
    }

    /** Moves another account to a role and unit under the rules of creation; its sessions end, as their tokens say otherwise. */
    public StaffAccountView assign(Caller caller, long id, ChangeAssignment command) {
        manageable(caller, id);
        requireGrantable(caller, command.role());
        OrgUnit unit = placeFor(caller, command.role(), command.orgUnitId());
        transactions.executeWithoutResult(status -> {
            Account account = accounts.require(id);
            account.setRole(command.role());
            account.setOrgUnitId(unit.getId());
            accounts.save(account);
            staff.updatePath(id, unit.getPath());
        });
        sessions.endAll(id);
        return get(caller, id);
    }

    /**
     * For trusted set-up (demo data): creates the account unless the username exists. Returns whether
     * it created one; a concurrent creator of the same username wins quietly.
     */
    public boolean createIfAbsent(String username, String password, String displayName, Role role, long orgUnitId) {
        String normalized = Usernames.forNewAccount(username);
        if (staff.selectByUsername(normalized) != null) {
            return false;
        }
        OrgUnit unit = geography.require(orgUnitId);
        if (!StaffRoles.fits(role, unit.getKind())) {
            throw new IllegalArgumentException(role + " does not belong on a " + unit.getKind());
        }
        PasswordPolicy.check(password, normalized, "password");
        String hash = hasher.hash(password);
        try {
            transactions.executeWithoutResult(status -> insert(normalized, hash, displayName, role, unit, null));
            return true;
        } catch (DomainException taken) {
            if (staff.selectByUsername(normalized) != null) {
                return false;
            }
            throw taken;
        }
    }

    /**
     * The first system administrator, unless some staff account exists. Instances starting together
     * queue on the one {@code staff_bootstrap} row, so exactly one of them creates the account.
     */
    boolean bootstrapAdmin(String username, String password) {
        String normalized;
        try {
            normalized = Usernames.forNewAccount(username);
        } catch (DomainException invalid) {
            throw new IllegalStateException("linli.identity.bootstrap-admin.username " + Usernames.RULE);
        }
        try {
            PasswordPolicy.check(password, normalized, "password");
        } catch (DomainException weak) {
            throw new IllegalStateException("linli.identity.bootstrap-admin.password "
                    + weak.fieldProblems().get(0).message());
        }
        String hash = hasher.hash(password);
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (staff.takeBootstrapLock(LocalDateTime.now(clock)) != 1) {
                throw new IllegalStateException("The staff_bootstrap row is missing; was V5 migrated?");
            }
            if (staff.anyExistsLocking() != null) {
                return false;
            }
            insert(normalized, hash, "系统管理员", Role.SYSTEM_ADMIN, null, null);
            return true;
        }));
    }

    boolean anyExists() {
        return staff.anyExists();
    }

    /** An account in the caller's scope (else 404) whose role ranks below the caller's (else 403). */
    StaffAccountRow manageable(Caller caller, long id) {
        StaffAccountRow row = visible(caller, id);
        if (!StaffRoles.mayGrant(caller.roles(), row.getRole())) {
            throw new DomainException(
                    HttpStatus.FORBIDDEN,
                    "staff.not-manageable",
                    "You can change only accounts whose role ranks below your own.");
        }
        return row;
    }

    private StaffAccountRow visible(Caller caller, long id) {
        return DataScope.require(caller, staff.selectRow(id), StaffAccountRow::getOrgPath, "staff-account", id);
    }

    private static void requireGrantable(Caller caller, Role role) {
        if (!role.isStaff()) {
            throw DomainException.invalid("staff.not-a-staff-role", "role", role + " is not a staff role");
        }
        if (!StaffRoles.mayGrant(caller.roles(), role)) {
            throw new DomainException(
                    HttpStatus.FORBIDDEN,
                    "staff.role-not-grantable",
                    "You can give out only roles that rank below your own; " + role + " does not.");
        }
    }

    /** The unit a role is to be bound to: inside the caller's subtree (else 404) and of a kind that suits the role. */
    private OrgUnit placeFor(Caller caller, Role role, long orgUnitId) {
        OrgUnit unit = geography.visible(caller, orgUnitId);
        if (!StaffRoles.fits(role, unit.getKind())) {
            throw DomainException.invalid(
                    "staff.role-unit-mismatch",
                    "orgUnitId",
                    "a " + role + " is bound to a " + StaffRoles.unitKindsFor(role) + ", but unit " + orgUnitId
                            + " is a " + unit.getKind());
        }
        return unit;
    }

    /** Must run inside a transaction: the account and its staff row are written together or not at all. */
    private StaffAccount insert(
            String username,
            String passwordHash,
            String displayName,
            Role role,
            @Nullable OrgUnit unit,
            @Nullable Long createdBy) {
        Account account = accounts.createStaff(role, unit == null ? null : unit.getId());
        StaffAccount row = new StaffAccount();
        row.setAccountId(account.getId());
        row.setUsername(username);
        row.setPasswordHash(passwordHash);
        row.setDisplayNameCipher(pii.encrypt(displayName.trim()));
        row.setOrgPath(unit == null ? "/" : unit.getPath());
        row.setCreatedBy(createdBy);
        row.setPasswordChangedAt(LocalDateTime.now(clock));
        try {
            staff.insert(row);
        } catch (DuplicateKeyException e) {
            throw usernameTaken(username);
        }
        return row;
    }

    private static DomainException usernameTaken(String username) {
        return DomainException.conflict("staff.username-taken", "The username '" + username + "' is already taken.");
    }

    /**
     * Names of others are masked like any personal data (张*明): the username already identifies the
     * account, and an unmasked name in a response would also be kept in clear by the Idempotency-Key store.
     */
    private StaffAccountView view(StaffAccountRow row) {
        return view(row, Masking.name(pii.decrypt(row.getDisplayNameCipher())));
    }

    private static StaffAccountView view(StaffAccountRow row, String displayName) {
        return new StaffAccountView(
                row.getAccountId(),
                row.getUsername(),
                displayName,
                row.getRole(),
                row.getStatus(),
                row.getOrgUnitId(),
                row.getOrgUnitName(),
                row.getOrgPath(),
                row.getCreatedAt());
    }
}
