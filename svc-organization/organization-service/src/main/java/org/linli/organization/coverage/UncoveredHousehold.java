package org.linli.organization.coverage;

/** A household no party member is responsible for. */
public record UncoveredHousehold(
        Long id, Long compoundId, Long buildingId, String buildingName, String unitName, String room) {}
