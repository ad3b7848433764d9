package org.linli.requests.request;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.linli.platform.error.DomainException;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.pii.PiiCipher;
import org.linli.platform.security.Caller;
import org.linli.requests.deadline.Deadlines;
import org.linli.requests.request.dto.RequestView;
import org.linli.requests.request.dto.SimilarRequest;
import org.linli.requests.triage.RequestCategory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Neighbours and one problem: the open requests about common places of a compound are its public board; a
 * resident about to file sees the ones like theirs and may say "me too" (+1) instead, following it from then on.
 * Whether the resident lives there is asked of svc-organization with their own token (their home's place).
 */
@Service
public class RequestSupport {

    /** Duplicates are looked for among the compound's requests of the last two months. */
    static final Duration RECENT = Duration.ofDays(60);

    private static final int CANDIDATES = 50;
    private static final int SUGGESTED = 5;

    private final ResidentRequestMapper requests;
    private final RequestFollowerMapper followers;
    private final RequestLoader loader;
    private final HouseholdPlacement placement;
    private final RequestViews views;
    private final PiiCipher cipher;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RequestSupport(
            ResidentRequestMapper requests,
            RequestFollowerMapper followers,
            RequestLoader loader,
            HouseholdPlacement placement,
            RequestViews views,
            PiiCipher cipher,
            TransactionTemplate transaction,
            Clock clock) {
        this.requests = requests;
        this.followers = followers;
        this.loader = loader;
        this.placement = placement;
        this.views = views;
        this.cipher = cipher;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The compound's open requests about common places, for a resident of it. */
    public PageResult<RequestView> board(Caller caller, long householdId, long page, long size) {
        String compound = compoundOf(householdId);
        return PageResult.of(
                requests.selectPageOfCompound(compound, new Page<>(page, size)),
                request -> views.withoutTimeline(caller, request));
    }

    /**
     * Before filing: the compound's open requests of the category whose text is like this one. A resident is
     * shown only those about common places (a neighbour's home is not theirs to read).
     */
    public List<SimilarRequest> similarForResident(long householdId, RequestCategory category, String text) {
        return similar(compoundOf(householdId), category, text, true, null);
    }

    /** For staff triaging a request: the open ones of its compound it may duplicate, to merge. */
    public List<SimilarRequest> similarTo(Caller caller, long id) {
        ResidentRequest request = loader.forDispatch(caller, id);
        if (request.getCompoundPath() == null) {
            return List.of();
        }
        return similar(
                request.getCompoundPath(),
                request.getCategory(),
                cipher.decrypt(request.getTextCipher()),
                false,
                request.getId());
    }

    /** +1: the resident follows it; saying it twice changes nothing. Answers it as they now see it. */
    public RequestView support(Caller caller, long id, long householdId) {
        String compound = compoundOf(householdId);
        return transaction.execute(status -> {
            ResidentRequest request = requests.selectById(id);
            if (request == null || !isPublic(request) || !compound.equals(request.getCompoundPath())) {
                throw RequestLoader.notFound(id);
            }
            if (RequestAccess.isSubmitter(caller, request)) {
                throw DomainException.conflict(
                        "resident-request.own-request", "This is your own request: you follow it already.");
            }
            if (request.getStatus().isFinal() || request.getStatus() == RequestStatus.RESOLVED) {
                throw RequestLifecycle.refused(request.getStatus(), RequestAction.SUBMIT);
            }
            if (followers.follow(id, caller.accountId(), "SUPPORTER", clock.instant()) == 1) {
                followers.recount(id);
            }
            return views.withoutTimeline(caller, requests.selectById(id));
        });
    }

    /** Takes a +1 back; a merged-in follower stays, since their own request lives on in this one. */
    public void withdrawSupport(Caller caller, long id) {
        transaction.executeWithoutResult(status -> {
            if (followers.unfollow(id, caller.accountId()) == 1) {
                followers.recount(id);
            }
        });
    }

    private List<SimilarRequest> similar(
            String compound, RequestCategory category, String text, boolean publicOnly, Long except) {
        return requests.selectOpenOfCompound(compound, category, clock.instant().minus(RECENT), CANDIDATES).stream()
                .filter(candidate -> !candidate.getId().equals(except))
                .filter(candidate -> !publicOnly || isPublic(candidate))
                .map(candidate -> {
                    String theirs = cipher.decrypt(candidate.getTextCipher());
                    return new SimilarRequest(
                            candidate.getId(),
                            candidate.getCategory(),
                            candidate.getStatus(),
                            candidate.getPlace(),
                            theirs,
                            Math.round(TextSimilarity.of(text, theirs) * 100) / 100.0,
                            candidate.getSupporterCount(),
                            Deadlines.inBeijing(candidate.getSubmittedAt()));
                })
                .filter(found -> found.similarity() >= TextSimilarity.LIKELY_THE_SAME)
                .sorted(Comparator.comparingDouble(SimilarRequest::similarity).reversed())
                .limit(SUGGESTED)
                .toList();
    }

    /** About a common place of the compound: its neighbours may read and support it. */
    private static boolean isPublic(ResidentRequest request) {
        return request.getPlace() != null && request.getKind() == RequestKind.REQUEST;
    }

    private String compoundOf(long householdId) {
        String home = placement.residentHomeNow(householdId);
        String compound = Level.COMPOUND.unitPath(home);
        if (compound == null) {
            throw new IllegalStateException("household " + householdId + " lies at " + home + ", in no compound");
        }
        return compound;
    }
}
