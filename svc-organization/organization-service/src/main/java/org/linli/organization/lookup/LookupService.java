package org.linli.organization.lookup;

import java.util.List;
import org.linli.organization.api.lookup.LinkedHousehold;
import org.linli.organization.api.lookup.PartyMemberLookupApi;
import org.linli.organization.api.lookup.ResponsibleMember;
import org.linli.platform.pii.Masking;
import org.linli.platform.pii.PiiCipher;
import org.linli.platform.scope.DataScope;
import org.linli.platform.security.Caller;
import org.springframework.stereotype.Service;

/**
 * The hot lookups of 党员联户. Staff may read within their subtree; a resident may read the member of
 * their own household; a member may read their own households; another service whose client holds
 * {@link PartyMemberLookupApi#GRANT} may read any (it dispatches across scopes). Anything else is a 404.
 */
@Service
public class LookupService {

    private final LookupCache cache;
    private final LookupQueries queries;
    private final PiiCipher pii;

    LookupService(LookupCache cache, LookupQueries queries, PiiCipher pii) {
        this.cache = cache;
        this.queries = queries;
        this.pii = pii;
    }

    public List<ResponsibleMember> membersOfHousehold(Caller caller, long householdId) {
        HouseholdMembersEntry entry = cache.get(
                LookupKeys.household(householdId), HouseholdMembersEntry.class, () -> loadHousehold(householdId));
        return DataScope.require(
                        caller,
                        entry,
                        HouseholdMembersEntry::path,
                        // a resident of the household, or a service granted the lookups (dispatch acts across scopes)
                        e -> (caller.personId() != null && e.residentPersonIds().contains(caller.personId()))
                                || caller.mayDo(PartyMemberLookupApi.GRANT),
                        "household",
                        householdId)
                .members();
    }

    public List<LinkedHousehold> householdsOfMember(Caller caller, long memberId) {
        MemberHouseholdsEntry entry =
                cache.get(LookupKeys.member(memberId), MemberHouseholdsEntry.class, () -> loadMember(memberId));
        return DataScope.require(
                        caller,
                        entry,
                        MemberHouseholdsEntry::scopePath,
                        e -> (caller.personId() != null && caller.personId() == e.personId())
                                || caller.mayDo(PartyMemberLookupApi.GRANT),
                        "party-member",
                        memberId)
                .households();
    }

    private HouseholdMembersEntry loadHousehold(long householdId) {
        return queries.householdPath(householdId)
                .map(path -> new HouseholdMembersEntry(
                        path,
                        queries.residentsOf(householdId),
                        queries.responsibleMembers(householdId).stream()
                                .map(m -> new ResponsibleMember(
                                        m.memberId(),
                                        Masking.name(pii.decrypt(m.nameCipher())),
                                        Masking.phone(pii.decrypt(m.phoneCipher())),
                                        m.position(),
                                        m.partyOrgId(),
                                        m.partyOrgName()))
                                .toList()))
                .orElse(null);
    }

    private MemberHouseholdsEntry loadMember(long memberId) {
        return queries.member(memberId)
                .map(scope -> new MemberHouseholdsEntry(
                        scope.scopePath(),
                        scope.personId(),
                        queries.householdsOf(memberId).stream()
                                .map(h -> new LinkedHousehold(
                                        h.householdId(),
                                        h.buildingId(),
                                        h.compound() + " " + h.building() + " " + h.unit() + " " + h.room()))
                                .toList()))
                .orElse(null);
    }
}
