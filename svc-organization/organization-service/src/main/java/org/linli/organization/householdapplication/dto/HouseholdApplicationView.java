package org.linli.organization.householdapplication.dto;

import java.time.LocalDateTime;
import org.linli.organization.household.TieRelation;
import org.linli.organization.householdapplication.HouseholdApplicationStatus;
import org.linli.organization.person.dto.PersonView;

/**
 * An application with the applicant masked; {@code applicant} is null once they withdrew consent.
 */
public record HouseholdApplicationView(
        long id,
        long householdId,
        long compoundId,
        String room,
        PersonView applicant,
        TieRelation relation,
        HouseholdApplicationStatus status,
        String decisionReason,
        LocalDateTime decidedAt,
        LocalDateTime createdAt) {}
