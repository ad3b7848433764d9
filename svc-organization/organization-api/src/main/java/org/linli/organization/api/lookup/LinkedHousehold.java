package org.linli.organization.api.lookup;

/** A household a party member looks after, with a readable address (compound, building, unit, room). */
public record LinkedHousehold(long householdId, long buildingId, String address) {}
