package org.linli.organization.wxlogin;

import java.util.concurrent.ThreadLocalRandom;
import org.linli.organization.account.Account;
import org.linli.organization.account.AccountService;
import org.linli.organization.token.SessionService;
import org.linli.organization.wechat.WeChat;
import org.linli.organization.wechat.WeChatSession;
import org.linli.organization.wxlogin.dto.WxLogin;
import org.linli.organization.wxlogin.dto.WxLoginResult;
import org.linli.platform.error.DomainException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mini-program login: the code is exchanged with WeChat first (no transaction is open while WeChat is
 * asked), then one transaction finds or creates the account, records the identity and starts the
 * session. Either all of it commits or none of it does, and a retried or concurrent login of the same
 * WeChat user lands on the same account: the unique key on (appid, openid) lets one insert win, and the
 * loser's whole transaction is retried, finding the winner's identity.
 */
@Service
public class WxLoginService {

    private static final int ATTEMPTS = 5;

    private final WeChat weChat;
    private final WxIdentityMapper identities;
    private final AccountService accounts;
    private final SessionService sessions;
    private final TransactionTemplate transactions;

    WxLoginService(
            WeChat weChat,
            WxIdentityMapper identities,
            AccountService accounts,
            SessionService sessions,
            TransactionTemplate transactions) {
        this.weChat = weChat;
        this.identities = identities;
        this.accounts = accounts;
        this.sessions = sessions;
        this.transactions = transactions;
    }

    public WxLoginResult login(WxLogin command) {
        String appId = weChat.appId(command.appId());
        WeChatSession session = weChat.session(appId, command.code().trim());
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> signIn(session));
            } catch (DuplicateKeyException | PessimisticLockingFailureException raced) {
                if (attempt == ATTEMPTS) {
                    throw DomainException.conflict(
                            "wechat.login-raced", "Several logins of this user collided; log in again.");
                }
                backOff(attempt);
            }
        }
    }

    /**
     * A short random pause before the next attempt: losers of a deadlock retried at once tend to meet
     * again (several taps of one user collided three times in a row in CI), while a pause lets the
     * winner commit so that the retry simply finds its identity.
     */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt + 6));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private WxLoginResult signIn(WeChatSession session) {
        // Locking read first: under REPEATABLE READ the transaction's snapshot starts at its first plain
        // read, so everything committed before this lock was granted is visible to the reads that follow.
        // The lock itself keeps two first logins with one union id (from sister mini-programs) from making
        // two accounts: one waits or loses a deadlock, and its retry finds the other's account.
        Long sameUser = session.unionId() == null ? null : identities.lockAccountByUnionId(session.unionId());
        WxIdentity identity = identities.selectByOpenId(session.appId(), session.openId());
        Account account;
        if (identity != null) {
            account = accounts.require(identity.getAccountId());
            if (session.unionId() != null && !session.unionId().equals(identity.getUnionId())) {
                identity.setUnionId(session.unionId());
                identities.updateById(identity);
            }
        } else {
            // the same person through another of our mini-programs is the same resident
            account = sameUser != null ? accounts.require(sameUser) : accounts.createResident();
            WxIdentity created = new WxIdentity();
            created.setAppId(session.appId());
            created.setOpenId(session.openId());
            created.setUnionId(session.unionId());
            created.setAccountId(account.getId());
            identities.insert(created);
        }
        return WxLoginResult.of(sessions.start(account), account.isRealNameVerified());
    }
}
