package org.linli.organization.transfer;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a household import created. */
public record HouseholdsImported(
        @Schema(description = "Households registered.", example = "120") int households,
        @Schema(description = "Buildings created because the file named them.", example = "3") int buildingsCreated,
        @Schema(description = "Building units created.", example = "6") int unitsCreated) {}
