package org.linli.organization.partyorg.dto;

import org.linli.organization.partyorg.PartyOrg;
import org.linli.organization.partyorg.PartyOrgKind;

public record PartyOrgView(long id, Long parentId, PartyOrgKind kind, int level, String name, long anchorUnitId) {

    public static PartyOrgView of(PartyOrg org) {
        return new PartyOrgView(
                org.getId(), org.getParentId(), org.getKind(), org.getLevel(), org.getName(), org.getAnchorUnitId());
    }
}
