package org.linli.organization.link.dto;

import io.swagger.v3.oas.annotations.media.Schema;

/** Which party member is responsible for a household. */
public record LinkView(@Schema(example = "1") long householdId, @Schema(example = "1") long partyMemberId) {}
