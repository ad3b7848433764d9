package org.linli.organization.registration.dto;

import java.time.LocalDateTime;
import org.linli.organization.person.dto.PersonView;
import org.linli.organization.registration.RegistrationStatus;

/** An application with the applicant's personal data masked. */
public record RegistrationView(
        long id,
        PersonView person,
        long communityId,
        String employer,
        String employerPartyOrg,
        RegistrationStatus status,
        String decisionReason,
        LocalDateTime decidedAt,
        Long partyMemberId,
        LocalDateTime createdAt) {}
