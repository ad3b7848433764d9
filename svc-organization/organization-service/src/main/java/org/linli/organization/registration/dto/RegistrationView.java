package org.linli.organization.registration.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import org.linli.organization.person.dto.PersonView;
import org.linli.organization.registration.RegistrationStatus;

/** An application with the applicant's personal data masked. */
public record RegistrationView(
        @Schema(example = "4") long id,
        @Schema(description = "The applicant, masked.") PersonView person,
        @Schema(example = "3") long communityId,
        @Schema(example = "增城区税务局") String employer,
        @Schema(example = "增城区税务局机关党委") String employerPartyOrg,
        @Schema(example = "PENDING") RegistrationStatus status,
        @Schema(description = "Why it was rejected; absent otherwise.") String decisionReason,
        @Schema(description = "Absent while pending.", example = "2025-04-07T10:00:00") LocalDateTime decidedAt,
        @Schema(description = "The party member the approval enrolled; absent otherwise.", example = "1")
                Long partyMemberId,
        @Schema(example = "2025-04-02T09:30:00") LocalDateTime createdAt) {}
