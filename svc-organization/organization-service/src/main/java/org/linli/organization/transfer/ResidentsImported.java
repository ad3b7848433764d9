package org.linli.organization.transfer;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a resident import did: how many people it tied to how many households. */
public record ResidentsImported(
        @Schema(description = "People tied to households.", example = "230") int residents,
        @Schema(description = "Households they were tied to.", example = "120") int households) {}
