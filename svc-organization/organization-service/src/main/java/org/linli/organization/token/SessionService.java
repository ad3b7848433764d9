package org.linli.organization.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.linli.organization.account.AccessGrant;
import org.linli.organization.account.Account;
import org.linli.organization.account.AccountService;
import org.linli.organization.token.dto.SessionTokens;
import org.linli.platform.error.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions: each login starts a refresh-token family; each refresh spends one token and hands out the
 * next. A spent token presented again means it was copied, so the whole family is revoked: the thief
 * and the victim both have to log in again, which is the point.
 */
@Service
public class SessionService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RefreshTokenMapper refreshTokens;
    private final AccessTokens accessTokens;
    private final AccountService accounts;
    private final SessionRevocations revocations;
    private final TokenProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SessionService(
            RefreshTokenMapper refreshTokens,
            AccessTokens accessTokens,
            AccountService accounts,
            SessionRevocations revocations,
            TokenProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.accounts = accounts;
        this.revocations = revocations;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * A new session for an account that has just proven who it is. Joins the caller's transaction, so a
     * login that fails later leaves no session behind.
     */
    public SessionTokens start(Account account) {
        AccessGrant grant = accounts.grantFor(account);
        String familyId = UUID.randomUUID().toString();
        String refreshToken = storeRefreshToken(grant.accountId(), familyId);
        return SessionTokens.bearer(accessTokens.issue(grant, familyId), refreshToken, accessTokens.accessTtlSeconds());
    }

    /** Spends a refresh token and hands out the next pair of the same session. */
    public SessionTokens refresh(String refreshToken) {
        Outcome outcome = transactions.execute(status -> rotate(refreshToken));
        if (outcome.reusedFamily() != null) {
            revocations.revoke(outcome.reusedFamily());
            throw new DomainException(
                    HttpStatus.UNAUTHORIZED,
                    "auth.refresh-reused",
                    "This refresh token was already used, so the session has been ended for safety. Log in again.");
        }
        return outcome.tokens();
    }

    /** Ends one session at once: its refresh tokens are revoked and the gateway refuses its access tokens. */
    public void end(String sessionId) {
        transactions.executeWithoutResult(status -> refreshTokens.revokeFamily(sessionId));
        revocations.revoke(sessionId);
    }

    /** Ends every session of an account, e.g. when it is disabled or its password is reset. */
    public void endAll(long accountId) {
        List<String> families = refreshTokens.activeFamiliesOf(accountId);
        families.forEach(this::end);
    }

    /** Ends every session of an account but one: the session that changed the password stays signed in. */
    public void endAllExcept(long accountId, String keptSessionId) {
        refreshTokens.activeFamiliesOf(accountId).stream()
                .filter(family -> !family.equals(keptSessionId))
                .forEach(this::end);
    }

    private Outcome rotate(String presented) {
        RefreshToken current = refreshTokens.selectByHashForUpdate(hash(presented));
        if (current == null) {
            throw invalid("This refresh token is not known. Log in again.");
        }
        switch (current.getStatus()) {
            case ROTATED -> {
                refreshTokens.revokeFamily(current.getFamilyId());
                return new Outcome(null, current.getFamilyId());
            }
            case REVOKED -> throw invalid("This session has ended. Log in again.");
            case ACTIVE -> {
                // handled below
            }
        }
        if (current.getExpiresAt().isBefore(LocalDateTime.now(clock))) {
            throw invalid("This refresh token has expired. Log in again.");
        }
        current.setStatus(RefreshTokenStatus.ROTATED);
        refreshTokens.updateById(current);
        AccessGrant grant = accounts.grantFor(accounts.require(current.getAccountId()));
        String next = storeRefreshToken(current.getAccountId(), current.getFamilyId());
        String access = accessTokens.issue(grant, current.getFamilyId());
        return new Outcome(SessionTokens.bearer(access, next, accessTokens.accessTtlSeconds()), null);
    }

    private String storeRefreshToken(long accountId, String familyId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        RefreshToken row = new RefreshToken();
        row.setTokenHash(hash(token));
        row.setFamilyId(familyId);
        row.setAccountId(accountId);
        row.setStatus(RefreshTokenStatus.ACTIVE);
        row.setExpiresAt(LocalDateTime.now(clock).plus(properties.refreshTtl()));
        refreshTokens.insert(row);
        return token;
    }

    private static DomainException invalid(String detail) {
        return new DomainException(HttpStatus.UNAUTHORIZED, "auth.refresh-invalid", detail);
    }

    /** Refresh tokens carry 256 random bits, so a plain SHA-256 is enough to keep them useless if read. */
    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Outcome(SessionTokens tokens, String reusedFamily) {}
}
