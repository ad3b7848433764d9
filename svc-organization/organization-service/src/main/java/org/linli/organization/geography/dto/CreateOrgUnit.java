package org.linli.organization.geography.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.linli.organization.geography.OrgUnitKind;

/** @param gridId for a BUILDING: the grid of the building's community it belongs to */
public record CreateOrgUnit(
        @Schema(description = "The unit it sits under; null only for a top-level DISTRICT.", example = "4")
                Long parentId,
        @Schema(example = "BUILDING") @NotNull OrgUnitKind kind,
        @Schema(example = "14栋") @NotBlank @Size(max = 100) String name,
        @Schema(description = "An outside reference code, such as the civil-affairs code.", example = "B14")
                @Size(max = 40)
                String code,
        @Schema(description = "For a BUILDING: the GRID of its community it belongs to.", example = "11")
                Long gridId) {}
