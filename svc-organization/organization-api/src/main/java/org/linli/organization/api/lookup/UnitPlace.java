package org.linli.organization.api.lookup;

/**
 * Where an org unit lies: its kind (DISTRICT, STREET, COMMUNITY, COMPOUND, GRID, BUILDING, UNIT) and its
 * materialized path, by which other services scope what they record about it.
 */
public record UnitPlace(long unitId, String kind, String path) {}
