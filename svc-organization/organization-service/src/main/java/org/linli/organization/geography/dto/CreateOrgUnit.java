package org.linli.organization.geography.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.linli.organization.geography.OrgUnitKind;

/** @param gridId for a BUILDING: the grid of the building's community it belongs to */
public record CreateOrgUnit(
        Long parentId,
        @NotNull OrgUnitKind kind,
        @NotBlank @Size(max = 100) String name,
        @Size(max = 40) String code,
        Long gridId) {}
