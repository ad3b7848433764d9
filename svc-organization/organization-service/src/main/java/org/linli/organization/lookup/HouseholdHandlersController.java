package org.linli.organization.lookup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.linli.organization.api.lookup.HouseholdHandlers;
import org.linli.organization.api.lookup.HouseholdHandlersApi;
import org.linli.organization.api.lookup.PartyMemberLookupApi;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.security.CallerArgumentResolver;
import org.linli.platform.servicecall.ServiceCallable;
import org.springframework.web.bind.annotation.RestController;

/** Serves {@link HouseholdHandlersApi}; the contract module carries no OpenAPI annotations, so they are here. */
@RestController
@ServiceCallable(grant = PartyMemberLookupApi.GRANT)
@Tag(name = "党员联户 · Household links")
class HouseholdHandlersController implements HouseholdHandlersApi {

    private final DispatchLookup lookup;

    HouseholdHandlersController(DispatchLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    @StaffOnly(
            scope = "Staff: households in their own org subtree. A service with the grant: any household. Any"
                    + " other id: 404. Not for residents: the answer names people by their registry ids.")
    @Operation(
            summary = "Find who handles a household's matters",
            description = "For dispatch: the household's place, its responsible party member (党员联户) and the"
                    + " property company of its compound, as ids.")
    @ProblemCode(
            status = 404,
            code = "household.not-found",
            when = "No household with this id that the caller may see.")
    public HouseholdHandlers handlersOfHousehold(
            @Parameter(description = "The household.", example = "1") long householdId) {
        return lookup.handlersOf(CallerArgumentResolver.current(), householdId);
    }
}
