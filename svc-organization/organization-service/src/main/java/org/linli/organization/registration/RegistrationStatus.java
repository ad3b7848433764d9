package org.linli.organization.registration;

import java.util.Map;
import java.util.Set;
import org.linli.platform.error.DomainException;

/** Where a 双报到 application stands. A decision is final: the applicant applies again if refused. */
public enum RegistrationStatus {
    PENDING,
    APPROVED,
    REJECTED;

    private static final Map<RegistrationStatus, Set<RegistrationStatus>> NEXT = Map.of(
            PENDING, Set.of(APPROVED, REJECTED),
            APPROVED, Set.of(),
            REJECTED, Set.of());

    public boolean canBecome(RegistrationStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The next status, or 409 when this application cannot get there from here. */
    public RegistrationStatus moveTo(RegistrationStatus next) {
        if (!canBecome(next)) {
            throw DomainException.conflict(
                    "registration.already-decided",
                    "This application is already " + this + " and cannot become " + next + ".");
        }
        return next;
    }
}
