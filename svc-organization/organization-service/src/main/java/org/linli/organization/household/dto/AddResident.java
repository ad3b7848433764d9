package org.linli.organization.household.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.linli.organization.household.TieRelation;
import org.linli.organization.person.dto.PersonDetails;

public record AddResident(
        @NotNull @Valid PersonDetails person,
        @Schema(description = "How the person belongs to the household.", example = "FAMILY") @NotNull
                TieRelation relation) {}
