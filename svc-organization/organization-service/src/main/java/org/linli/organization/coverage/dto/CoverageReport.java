package org.linli.organization.coverage.dto;

import org.linli.organization.coverage.UncoveredBuilding;
import org.linli.organization.coverage.UncoveredCompound;
import org.linli.organization.coverage.UncoveredHousehold;

/** 全覆盖 for a unit's subtree: compounds, buildings and households, each with its gaps. */
public record CoverageReport(
        long unitId,
        Coverage<UncoveredCompound> compounds,
        Coverage<UncoveredBuilding> buildings,
        Coverage<UncoveredHousehold> households) {}
