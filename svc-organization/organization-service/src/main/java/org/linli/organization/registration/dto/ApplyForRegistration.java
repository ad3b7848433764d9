package org.linli.organization.registration.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.linli.organization.person.dto.PersonDetails;

/**
 * A 双报到 application.
 *
 * @param person the applicant, when staff record the application on their behalf; left out when a
 *     resident applies for themself
 * @param communityId the community the applicant lives in
 * @param employerPartyOrg the party organisation at the applicant's employer, where they are organised
 */
public record ApplyForRegistration(
        @Schema(
                        description = "The applicant, when staff record the application for them; left out when a"
                                + " resident applies for themself.")
                @Valid
                PersonDetails person,
        @Schema(description = "The community the applicant lives in.", example = "3") @NotNull Long communityId,
        @Schema(example = "增城区税务局") @NotBlank @Size(max = 100) String employer,
        @Schema(
                        description = "The party organisation at the employer, where the applicant is organised.",
                        example = "增城区税务局机关党委")
                @NotBlank
                @Size(max = 100)
                String employerPartyOrg) {}
