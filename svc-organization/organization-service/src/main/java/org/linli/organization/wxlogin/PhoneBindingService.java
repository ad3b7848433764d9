package org.linli.organization.wxlogin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import org.linli.organization.account.Account;
import org.linli.organization.account.AccountService;
import org.linli.organization.consent.ConsentService;
import org.linli.organization.consent.ConsentWithdrawn;
import org.linli.organization.wechat.WeChat;
import org.linli.organization.wxlogin.dto.BindPhone;
import org.linli.organization.wxlogin.dto.BoundPhone;
import org.linli.platform.error.DomainException;
import org.linli.platform.pii.Masking;
import org.linli.platform.pii.PhoneNumber;
import org.linli.platform.pii.PiiCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Binds the phone number WeChat vouches for (the code-based phone API) to a resident's account,
 * encrypted. Every successful WeChat call is billed, so a code is claimed in the database before WeChat
 * is asked: a retry of the same code answers from the account instead of asking (and paying) again.
 */
@Service
public class PhoneBindingService {

    private static final Logger log = LoggerFactory.getLogger(PhoneBindingService.class);

    /**
     * How long a claimed code is remembered. WeChat accepts a phone code for five minutes, so a retry
     * after that fails at WeChat whatever we remember; each new claim clears a batch of older ones.
     */
    static final Duration CLAIM_RETENTION = Duration.ofDays(1);

    private static final int PURGE_BATCH = 100;

    private final WeChat weChat;
    private final WxIdentityMapper identities;
    private final WxPhoneCodeMapper codes;
    private final AccountService accounts;
    private final ConsentService consents;
    private final PiiCipher pii;
    private final TransactionTemplate transactions;

    PhoneBindingService(
            WeChat weChat,
            WxIdentityMapper identities,
            WxPhoneCodeMapper codes,
            AccountService accounts,
            ConsentService consents,
            PiiCipher pii,
            TransactionTemplate transactions) {
        this.weChat = weChat;
        this.identities = identities;
        this.codes = codes;
        this.accounts = accounts;
        this.consents = consents;
        this.pii = pii;
        this.transactions = transactions;
    }

    public BoundPhone bind(long accountId, BindPhone command) {
        consents.require(accountId);
        String appId = weChat.appId(command.appId());
        WxIdentity identity = identities.selectByAccount(accountId, appId);
        if (identity == null) {
            throw DomainException.invalid(
                    "wechat.not-logged-in-here", "appId", "you have not logged in through this mini-program");
        }
        String code = command.code().trim();
        String codeHash = hash(appId + "\n" + code);
        WxPhoneCode earlier = claim(codeHash, accountId);
        if (earlier != null) {
            return answerFromEarlier(earlier, accountId);
        }
        String phone;
        try {
            phone = PhoneNumber.normalize(weChat.phoneNumber(appId, identity.getOpenId(), code));
        } catch (RuntimeException e) {
            // WeChat did not give a number: nothing was billed, so the code may be tried again
            codes.deleteById(codeHash);
            throw e;
        }
        try {
            transactions.executeWithoutResult(status -> store(accountId, codeHash, phone));
        } catch (RuntimeException e) {
            codes.deleteById(codeHash);
            throw e;
        }
        return new BoundPhone(Masking.phone(phone));
    }

    /** Withdrawn consent: the phone collected under it goes. */
    @EventListener
    void on(ConsentWithdrawn withdrawn) {
        accounts.erasePhone(withdrawn.accountId());
    }

    /** Null when this request may ask WeChat; else the earlier claim of the same code. */
    private WxPhoneCode claim(String codeHash, long accountId) {
        WxPhoneCode claim = new WxPhoneCode();
        claim.setCodeHash(codeHash);
        claim.setAccountId(accountId);
        claim.setStatus(WxPhoneCode.Status.ASKING);
        try {
            codes.insert(claim);
            forgetOldClaims();
            return null;
        } catch (DuplicateKeyException spentBefore) {
            WxPhoneCode earlier = codes.selectById(codeHash);
            if (earlier == null) {
                // the earlier attempt failed and let go of the code a moment ago
                return claim(codeHash, accountId);
            }
            return earlier;
        }
    }

    /** Housekeeping: a failure here must not fail the binding, whose claim is already in place. */
    private void forgetOldClaims() {
        try {
            codes.purge(LocalDateTime.now().minus(CLAIM_RETENTION), PURGE_BATCH);
        } catch (DataAccessException e) {
            log.warn("could not delete old phone code claims; the next claim tries again", e);
        }
    }

    private BoundPhone answerFromEarlier(WxPhoneCode earlier, long accountId) {
        if (earlier.getAccountId() != accountId) {
            throw DomainException.invalid("wechat.phone-code-used", "code", "was already used");
        }
        if (earlier.getStatus() == WxPhoneCode.Status.ASKING) {
            throw DomainException.conflict(
                    "phone.binding-in-progress", "This phone code is being checked with WeChat; try again shortly.");
        }
        String phone = pii.decrypt(accounts.require(accountId).getPhoneCipher());
        if (phone == null) {
            // bound, then erased (consent withdrawn): the code is spent
            throw DomainException.invalid("wechat.phone-code-used", "code", "was already used");
        }
        return new BoundPhone(Masking.phone(phone));
    }

    private void store(long accountId, String codeHash, String phone) {
        // consent may have been withdrawn while WeChat was asked
        consents.require(accountId);
        Account account = accounts.require(accountId);
        account.setPhoneCipher(pii.encrypt(phone));
        account.setPhoneHash(pii.blindIndex(phone));
        accounts.save(account);
        WxPhoneCode bound = new WxPhoneCode();
        bound.setCodeHash(codeHash);
        bound.setStatus(WxPhoneCode.Status.BOUND);
        codes.updateById(bound);
    }

    private static String hash(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
