package org.linli.organization.coverage;

/** A building without a party group led by a group leader. */
public record UncoveredBuilding(Long id, Long compoundId, String name) {}
