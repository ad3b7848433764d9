package org.linli.organization.geography;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.linli.organization.api.lookup.PartyMemberLookupApi;
import org.linli.organization.api.lookup.UnitPlace;
import org.linli.organization.api.lookup.UnitPlaceApi;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.security.CallerArgumentResolver;
import org.linli.platform.servicecall.ServiceCallable;
import org.springframework.web.bind.annotation.RestController;

/** Serves {@link UnitPlaceApi}; the contract module carries no OpenAPI annotations, so they are here. */
@RestController
@ServiceCallable(grant = PartyMemberLookupApi.GRANT)
@Tag(name = "行政区划与网格 · Districts, communities and grids")
class UnitPlaceController implements UnitPlaceApi {

    private final GeographyService geography;

    UnitPlaceController(GeographyService geography) {
        this.geography = geography;
    }

    @Override
    @StaffOnly(
            scope = "Staff: units in their own org subtree. A service with the grant: any unit. Any other id:"
                    + " 404.")
    @Operation(summary = "Find where a unit lies", description = "Its kind and org path, for other services' scopes.")
    @ProblemCode(status = 404, code = "org-unit.not-found", when = "No unit with this id that the caller may see.")
    public UnitPlace placeOfUnit(@Parameter(description = "The unit.", example = "4") long unitId) {
        return geography.placeOf(CallerArgumentResolver.current(), unitId);
    }
}
