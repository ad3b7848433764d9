package org.linli.organization.household;

/** In-process signal that a household or its residents changed (caches keyed by it must go). */
public record HouseholdChanged(long householdId) {}
