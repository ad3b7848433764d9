package org.linli.organization.lookup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.linli.organization.api.lookup.LinkedHousehold;
import org.linli.organization.api.lookup.PartyMemberLookupApi;
import org.linli.organization.api.lookup.ResponsibleMember;
import org.linli.platform.access.ResidentsAndStaff;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.security.CallerArgumentResolver;
import org.linli.platform.servicecall.ServiceCallable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the {@link PartyMemberLookupApi} contract that the mini-program and other services call. The
 * contract module carries no OpenAPI annotations, so they are here.
 */
@RestController
@ResidentsAndStaff(
        scope = "A resident: their own household, and the party member who looks after it. Staff: their own org"
                + " subtree. Any other id answers 404.")
@ServiceCallable(grant = PartyMemberLookupApi.GRANT)
@Tag(
        name = "党员联户 · Household links",
        description = "Which party member looks after which household (党员联户, 一人带一圈): each household has at most"
                + " one responsible member, each member looks after a bounded number of households. Staff assign"
                + " and reassign; residents, staff and other services read the links.")
class LookupController implements PartyMemberLookupApi {

    private final LookupService lookups;

    LookupController(LookupService lookups) {
        this.lookups = lookups;
    }

    @Override
    @ResidentsAndStaff(
            scope = "A resident: a household they live in. Staff: households in their own org subtree. A service"
                    + " with the grant: any household. Any other id answers 404.")
    @Operation(
            summary = "Find the party member who looks after a household",
            description = "A list of at most one member today (empty when nobody is responsible); name and phone"
                    + " are masked. Served from a cache, and from the database when the cache is down.")
    @ApiResponse(
            responseCode = "200",
            description = "The responsible member(s).",
            content =
                    @Content(
                            mediaType = "application/json",
                            array = @ArraySchema(schema = @Schema(implementation = ResponsibleMember.class)),
                            examples =
                                    @ExampleObject(
                                            name = "王建国",
                                            value = "[{\"memberId\":1,\"name\":\"王*国\",\"phone\":\"138****8000\","
                                                    + "\"position\":\"SECRETARY\",\"partyOrgId\":3,"
                                                    + "\"partyOrgName\":\"碧桂园党支部\"}]")))
    @ProblemCode(
            status = 404,
            code = "household.not-found",
            when = "No household with this id that the caller may see.")
    public List<ResponsibleMember> partyMembersOfHousehold(
            @Parameter(description = "The household.", example = "1") long householdId) {
        return lookups.membersOfHousehold(CallerArgumentResolver.current(), householdId);
    }

    @Override
    @ResidentsAndStaff(
            scope = "A resident: only if they are this party member. Staff: members of organisations anchored in"
                    + " their own org subtree. A service with the grant: any member. Any other id answers 404.")
    @Operation(
            summary = "List the households a party member looks after",
            description = "Each with a readable address (compound, building, unit, room), in id order. Served from"
                    + " a cache, and from the database when the cache is down.")
    @ApiResponse(
            responseCode = "200",
            description = "The member's households.",
            content =
                    @Content(
                            mediaType = "application/json",
                            array = @ArraySchema(schema = @Schema(implementation = LinkedHousehold.class)),
                            examples =
                                    @ExampleObject(
                                            name = "碧桂园",
                                            value = "[{\"householdId\":1,\"buildingId\":21,"
                                                    + "\"address\":\"碧桂园 1栋 1单元 101\"},{\"householdId\":2,"
                                                    + "\"buildingId\":21,\"address\":\"碧桂园 1栋 1单元 102\"}]")))
    @ProblemCode(
            status = 404,
            code = "party-member.not-found",
            when = "No party member with this id that the caller may see.")
    public List<LinkedHousehold> householdsOfPartyMember(
            @Parameter(description = "The party member.", example = "1") long memberId) {
        return lookups.householdsOfMember(CallerArgumentResolver.current(), memberId);
    }
}
