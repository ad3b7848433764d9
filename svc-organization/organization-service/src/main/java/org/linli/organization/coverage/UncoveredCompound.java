package org.linli.organization.coverage;

import io.swagger.v3.oas.annotations.media.Schema;

/** A compound without a branch of its own or of its grid. */
public record UncoveredCompound(@Schema(example = "7") Long id, @Schema(example = "凤凰城") String name) {}
