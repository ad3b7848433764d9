package org.linli.organization.partyorg.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.linli.organization.partyorg.PartyOrgKind;

/** @param parentId the organisation one level up; null only for a level-1 organisation */
public record CreatePartyOrg(
        Long parentId,
        @NotNull PartyOrgKind kind,
        @NotBlank @Size(max = 100) String name,
        @NotNull Long anchorUnitId) {}
