package org.linli.organization.partymember;

/** In-process signal that a member's details (position, organisation, person) changed. */
public record PartyMemberChanged(long memberId) {}
