package org.linli.organization.link;

/** In-process signal that a household's responsible member changed; the lookups listen. */
public record LinkChanged(long householdId, Long previousMemberId, Long memberId) {}
