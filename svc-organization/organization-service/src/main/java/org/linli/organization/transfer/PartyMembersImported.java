package org.linli.organization.transfer;

/** What a party-member import created. */
public record PartyMembersImported(int partyMembers) {}
