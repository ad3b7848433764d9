package org.linli.organization.registration.dto;

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
        @Valid PersonDetails person,
        @NotNull Long communityId,
        @NotBlank @Size(max = 100) String employer,
        @NotBlank @Size(max = 100) String employerPartyOrg) {}
