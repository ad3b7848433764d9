package org.linli.organization.geography.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import org.linli.organization.geography.OrgUnit;
import org.linli.organization.geography.OrgUnitKind;

public record OrgUnitView(
        @Schema(example = "3") long id,
        @Schema(description = "Null for a top-level unit.", example = "2") Long parentId,
        @Schema(example = "COMMUNITY") OrgUnitKind kind,
        @Schema(example = "凤凰社区") String name,
        @Schema(description = "An outside reference code, if one was given.") String code,
        @Schema(description = "The ids from the top of the tree down to this unit.", example = "/1/2/3/") String path,
        @Schema(description = "For a BUILDING: the grid it belongs to.") Long gridId) {

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
