package org.linli.organization.api.lookup;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The hot lookups of 党员联户, used by the mini-program's home screen and by other services' dispatch.
 * Implemented by svc-organization's controller; consumers declare a {@code @FeignClient} extending it.
 * Served from cache; answers from MySQL when Redis is down. Outside the caller's scope: 404.
 *
 * <p>Called for a person, with their token, it answers what that person may see. Called in the
 * background with a SERVICE token, the client needs the grant {@value #GRANT}, and then sees every
 * household and member (dispatch works across scopes).
 */
public interface PartyMemberLookupApi {

    /** The grant (token scope) a service client needs for these lookups. */
    String GRANT = "org.lookups";

    /** The party member(s) responsible for a household (at most one today; a list so that may change). */
    @GetMapping("/api/org/households/{householdId}/party-members")
    List<ResponsibleMember> partyMembersOfHousehold(@PathVariable("householdId") long householdId);

    /** The households a party member looks after. */
    @GetMapping("/api/org/party-members/{memberId}/households")
    List<LinkedHousehold> householdsOfPartyMember(@PathVariable("memberId") long memberId);
}
