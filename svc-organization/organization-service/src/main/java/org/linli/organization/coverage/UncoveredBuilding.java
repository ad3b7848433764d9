package org.linli.organization.coverage;

import io.swagger.v3.oas.annotations.media.Schema;

/** A building without a party group led by a group leader. */
public record UncoveredBuilding(
        @Schema(example = "21") Long id, @Schema(example = "4") Long compoundId, @Schema(example = "1栋") String name) {}
