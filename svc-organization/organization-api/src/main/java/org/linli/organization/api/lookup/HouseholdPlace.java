package org.linli.organization.api.lookup;

/**
 * Where a household lies: its compound and its materialized org path, by which other services scope
 * what they record about it (staff see a record when their unit's path is a prefix of this one).
 */
public record HouseholdPlace(long householdId, long compoundId, String path) {}
