package org.linli.requests.request;

import org.linli.platform.error.DomainException;
import org.linli.platform.security.Caller;
import org.linli.requests.request.dto.FiledRequest;
import org.linli.requests.request.dto.RecordRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 代为登记: staff record a request that reached them by phone, at the office, on patrol (主动发现) or from a
 * party member's home visit. The place must lie in their own area (svc-organization, asked with their token);
 * whom to call back is kept encrypted, since such a resident may have no account to be told in.
 */
@Service
public class RequestRecording {

    private final RequestFiling filing;
    private final HouseholdPlacement placement;
    private final RequestViews views;
    private final TransactionTemplate transaction;

    RequestRecording(
            RequestFiling filing, HouseholdPlacement placement, RequestViews views, TransactionTemplate transaction) {
        this.filing = filing;
        this.placement = placement;
        this.views = views;
        this.transaction = transaction;
    }

    public FiledRequest record(Caller caller, RecordRequest command) {
        if (command.channel() == RequestChannel.MINI_PROGRAM) {
            throw DomainException.invalid(
                    "resident-request.channel-not-recordable",
                    "channel",
                    "residents file MINI_PROGRAM requests themselves; name how it reached you");
        }
        String scope = scopeOf(command);
        Filing filed = new Filing(
                command.kind(),
                command.category(),
                command.urgency(),
                command.channel(),
                command.text(),
                command.householdId(),
                command.place(),
                null,
                null,
                caller.accountId(),
                command.contactName(),
                command.contactPhone(),
                command.isAnonymous(),
                scope,
                command.photoIds());
        return views.filed(transaction.execute(status -> filing.file(filed)));
    }

    private String scopeOf(RecordRequest command) {
        boolean household = command.householdId() != null;
        boolean compound = command.compoundId() != null;
        if (household == compound) {
            throw DomainException.invalid(
                    "resident-request.one-place", "householdId", "give either householdId or compoundId and place");
        }
        if (household) {
            return HouseholdPlacement.scopeOf(placement.householdInArea(command.householdId()), command.place());
        }
        if (command.place() == null || command.place().isBlank()) {
            throw DomainException.invalid(
                    "resident-request.place-required", "place", "say where in the compound the problem is");
        }
        return placement.compoundPath(command.compoundId());
    }
}
