package org.linli.organization.householdapplication.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.linli.organization.household.TieRelation;

/**
 * @param householdId the home, as the community publishes it (e.g. on the door-plate QR code)
 * @param relation how the applicant belongs there
 */
public record ApplyForHousehold(
        @Schema(
                        description = "The home, as the community publishes it (e.g. on the door-plate QR code).",
                        example = "2")
                @NotNull
                Long householdId,
        @Schema(description = "How the applicant belongs there.", example = "TENANT") @NotNull TieRelation relation) {}
