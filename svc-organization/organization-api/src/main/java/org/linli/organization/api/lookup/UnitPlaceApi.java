package org.linli.organization.api.lookup;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Where an org unit lies, for services that file things about a place rather than a household (svc-requests:
 * a problem a grid worker found in a compound). Staff get their own subtree, a SERVICE token with {@link
 * PartyMemberLookupApi#GRANT} every unit; anyone else 404.
 */
public interface UnitPlaceApi {

    @GetMapping("/api/org/units/{unitId}/place")
    UnitPlace placeOfUnit(@PathVariable("unitId") long unitId);
}
