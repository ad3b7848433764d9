package org.linli.organization.link.dto;

/** Which party member is responsible for a household. */
public record LinkView(long householdId, long partyMemberId) {}
