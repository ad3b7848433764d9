package org.linli.organization.transfer;

import java.util.Set;
import org.linli.organization.geography.GeographyService;
import org.linli.organization.geography.OrgUnit;
import org.linli.organization.geography.OrgUnitKind;
import org.linli.platform.error.DomainException;
import org.linli.platform.security.Caller;
import org.springframework.stereotype.Component;

/** The org unit an import goes into: one the caller may see, at compound level or above. */
@Component
class ImportArea {

    private static final Set<OrgUnitKind> KINDS =
            Set.of(OrgUnitKind.DISTRICT, OrgUnitKind.STREET, OrgUnitKind.COMMUNITY, OrgUnitKind.COMPOUND);

    private final GeographyService geography;

    ImportArea(GeographyService geography) {
        this.geography = geography;
    }

    OrgUnit of(Caller caller, long unitId) {
        OrgUnit unit = geography.visible(caller, unitId);
        if (!KINDS.contains(unit.getKind())) {
            throw DomainException.invalid(
                    "import.wrong-unit",
                    "unitId",
                    "import into a compound, community, street or district; unit " + unitId + " is a "
                            + unit.getKind());
        }
        return unit;
    }
}
