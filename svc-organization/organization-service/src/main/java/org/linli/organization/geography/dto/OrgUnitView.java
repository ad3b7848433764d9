package org.linli.organization.geography.dto;

import org.linli.organization.geography.OrgUnit;
import org.linli.organization.geography.OrgUnitKind;

public record OrgUnitView(
        long id, Long parentId, OrgUnitKind kind, String name, String code, String path, Long gridId) {

    public static OrgUnitView of(OrgUnit unit) {
        return new OrgUnitView(
                unit.getId(),
                unit.getParentId(),
                unit.getKind(),
                unit.getName(),
                unit.getCode(),
                unit.getPath(),
                unit.getGridId());
    }
}
