package org.linli.organization.lookup;

import java.util.List;
import org.linli.organization.api.lookup.LinkedHousehold;
import org.linli.organization.api.lookup.PartyMemberLookupApi;
import org.linli.organization.api.lookup.ResponsibleMember;
import org.linli.platform.access.ResidentsAndStaff;
import org.linli.platform.security.CallerArgumentResolver;
import org.linli.platform.servicecall.ServiceCallable;
import org.springframework.web.bind.annotation.RestController;

/** Serves the {@link PartyMemberLookupApi} contract that the mini-program and other services call. */
@RestController
@ResidentsAndStaff(
        scope = "A resident: their own household, and the party member who looks after it. Staff: their own org"
                + " subtree. Any other id answers 404.")
@ServiceCallable(grant = PartyMemberLookupApi.GRANT)
class LookupController implements PartyMemberLookupApi {

    private final LookupService lookups;

    LookupController(LookupService lookups) {
        this.lookups = lookups;
    }

    @Override
    public List<ResponsibleMember> partyMembersOfHousehold(long householdId) {
        return lookups.membersOfHousehold(CallerArgumentResolver.current(), householdId);
    }

    @Override
    public List<LinkedHousehold> householdsOfPartyMember(long memberId) {
        return lookups.householdsOfMember(CallerArgumentResolver.current(), memberId);
    }
}
