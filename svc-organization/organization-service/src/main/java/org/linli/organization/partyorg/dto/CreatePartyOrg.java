package org.linli.organization.partyorg.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.linli.organization.partyorg.PartyOrgKind;

/** @param parentId the organisation one level up; null only for a level-1 organisation */
public record CreatePartyOrg(
        @Schema(description = "The organisation one level up; null only for a level-1 organisation.", example = "4")
                Long parentId,
        @Schema(example = "CENTRAL_HOUSEHOLD") @NotNull PartyOrgKind kind,
        @Schema(example = "碧桂园1栋1单元党员中心户") @NotBlank @Size(max = 100) String name,
        @Schema(
                        description = "The geography unit it is anchored to; its kind must suit the organisation's"
                                + " kind (a BUILDING for a building group).",
                        example = "22")
                @NotNull
                Long anchorUnitId) {}
