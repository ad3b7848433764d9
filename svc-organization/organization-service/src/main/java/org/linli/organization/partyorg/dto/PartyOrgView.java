package org.linli.organization.partyorg.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import org.linli.organization.partyorg.PartyOrg;
import org.linli.organization.partyorg.PartyOrgKind;

public record PartyOrgView(
        @Schema(example = "3") long id,
        @Schema(description = "Null for a level-1 organisation.", example = "2") Long parentId,
        @Schema(example = "COMPOUND_BRANCH") PartyOrgKind kind,
        @Schema(description = "1 (street or industry committee) to 5 (central household).", example = "3") int level,
        @Schema(example = "碧桂园党支部") String name,
        @Schema(description = "The geography unit it is anchored to.", example = "4") long anchorUnitId) {

    public static PartyOrgView of(PartyOrg org) {
        return new PartyOrgView(
                org.getId(), org.getParentId(), org.getKind(), org.getLevel(), org.getName(), org.getAnchorUnitId());
    }
}
