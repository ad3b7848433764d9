package org.linli.organization.coverage;

import io.swagger.v3.oas.annotations.media.Schema;

/** A household no party member is responsible for. */
public record UncoveredHousehold(
        @Schema(example = "1") Long id,
        @Schema(example = "4") Long compoundId,
        @Schema(example = "21") Long buildingId,
        @Schema(example = "1栋") String buildingName,
        @Schema(example = "1单元") String unitName,
        @Schema(example = "101") String room) {}
