package org.linli.organization.householdapplication.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import org.linli.organization.household.TieRelation;
import org.linli.organization.householdapplication.HouseholdApplicationStatus;
import org.linli.organization.person.dto.PersonView;

/**
 * An application with the applicant masked; {@code applicant} is null once they withdrew consent.
 */
public record HouseholdApplicationView(
        @Schema(example = "1") long id,
        @Schema(example = "2") long householdId,
        @Schema(description = "The compound the household is in.", example = "4") long compoundId,
        @Schema(description = "The household's room number.", example = "102") String room,
        @Schema(description = "The applicant, masked; absent once they withdrew their consent.") PersonView applicant,
        @Schema(example = "TENANT") TieRelation relation,
        @Schema(
                        description = "PENDING until decided; WITHDRAWN when the applicant withdrew consent first.",
                        example = "PENDING")
                HouseholdApplicationStatus status,
        @Schema(description = "Why it was rejected; absent otherwise.") String decisionReason,
        @Schema(description = "Absent while pending.", example = "2026-03-05T10:00:00") LocalDateTime decidedAt,
        @Schema(example = "2026-03-02T09:30:00") LocalDateTime createdAt) {}
