package org.linli.organization.coverage.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import org.linli.organization.coverage.UncoveredBuilding;
import org.linli.organization.coverage.UncoveredCompound;
import org.linli.organization.coverage.UncoveredHousehold;

/** 全覆盖 for a unit's subtree: compounds, buildings and households, each with its gaps. */
public record CoverageReport(
        @Schema(description = "The unit reported on.", example = "3") long unitId,
        @Schema(description = "Compounds without a branch of their own or of their grid.")
                Coverage<UncoveredCompound> compounds,
        @Schema(description = "Buildings without a party group led by a group leader.")
                Coverage<UncoveredBuilding> buildings,
        @Schema(description = "Households no party member looks after.") Coverage<UncoveredHousehold> households) {}
