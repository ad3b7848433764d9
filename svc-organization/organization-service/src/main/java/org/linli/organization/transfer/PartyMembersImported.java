package org.linli.organization.transfer;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a party-member import created. */
public record PartyMembersImported(@Schema(description = "Members enrolled.", example = "15") int partyMembers) {}
