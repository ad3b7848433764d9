package org.linli.organization.household;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.linli.organization.api.lookup.HouseholdPlace;
import org.linli.organization.api.lookup.HouseholdPlaceApi;
import org.linli.organization.api.lookup.PartyMemberLookupApi;
import org.linli.platform.access.ResidentsAndStaff;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.security.CallerArgumentResolver;
import org.linli.platform.servicecall.ServiceCallable;
import org.springframework.web.bind.annotation.RestController;

/** Serves {@link HouseholdPlaceApi}; the contract module carries no OpenAPI annotations, so they are here. */
@RestController
@ServiceCallable(grant = PartyMemberLookupApi.GRANT)
@Tag(name = "住户 · Households and residents")
class HouseholdPlaceController implements HouseholdPlaceApi {

    private final HouseholdService households;

    HouseholdPlaceController(HouseholdService households) {
        this.households = households;
    }

    @Override
    @ResidentsAndStaff(
            scope = "A resident: a household they live in. Staff: households in their own org subtree. A service"
                    + " with the grant: any household. Any other id answers 404.")
    @Operation(
            summary = "Find where a household lies",
            description = "Its compound and org path, which other services scope their records by.")
    @ProblemCode(
            status = 404,
            code = "household.not-found",
            when = "No household with this id that the caller may see.")
    public HouseholdPlace placeOfHousehold(@Parameter(description = "The household.", example = "1") long householdId) {
        return households.placeOf(CallerArgumentResolver.current(), householdId);
    }
}
