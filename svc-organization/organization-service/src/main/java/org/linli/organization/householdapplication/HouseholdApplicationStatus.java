package org.linli.organization.householdapplication;

import java.util.Map;
import java.util.Set;
import org.linli.platform.error.DomainException;

/** Where an application to be tied to a household stands. Every decision is final. */
public enum HouseholdApplicationStatus {
    PENDING,
    APPROVED,
    REJECTED,
    /** the applicant withdrew their consent before a decision */
    WITHDRAWN;

    private static final Map<HouseholdApplicationStatus, Set<HouseholdApplicationStatus>> NEXT = Map.of(
            PENDING, Set.of(APPROVED, REJECTED, WITHDRAWN),
            APPROVED, Set.of(),
            REJECTED, Set.of(),
            WITHDRAWN, Set.of());

    public boolean canBecome(HouseholdApplicationStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The next status, or 409 when the application cannot get there from here. */
    public HouseholdApplicationStatus moveTo(HouseholdApplicationStatus next) {
        if (!canBecome(next)) {
            throw DomainException.conflict(
                    "household-application.already-decided",
                    "This application is already " + this + " and cannot become " + next + ".");
        }
        return next;
    }
}
