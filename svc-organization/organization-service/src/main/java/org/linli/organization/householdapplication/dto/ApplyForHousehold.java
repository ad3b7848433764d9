package org.linli.organization.householdapplication.dto;

import jakarta.validation.constraints.NotNull;
import org.linli.organization.household.TieRelation;

/**
 * @param householdId the home, as the community publishes it (e.g. on the door-plate QR code)
 * @param relation how the applicant belongs there
 */
public record ApplyForHousehold(@NotNull Long householdId, @NotNull TieRelation relation) {}
