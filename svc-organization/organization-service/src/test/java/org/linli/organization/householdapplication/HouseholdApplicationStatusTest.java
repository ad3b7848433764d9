package org.linli.organization.householdapplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linli.platform.error.DomainException;

class HouseholdApplicationStatusTest {

    @Test
    void onlyAPendingApplicationCanBeDecidedAndEveryDecisionIsFinal() {
        Set<HouseholdApplicationStatus> fromPending = EnumSet.of(
                HouseholdApplicationStatus.APPROVED,
                HouseholdApplicationStatus.REJECTED,
                HouseholdApplicationStatus.WITHDRAWN);
        for (HouseholdApplicationStatus from : HouseholdApplicationStatus.values()) {
            for (HouseholdApplicationStatus to : HouseholdApplicationStatus.values()) {
                boolean allowed = from == HouseholdApplicationStatus.PENDING && fromPending.contains(to);
                assertThat(from.canBecome(to)).as(from + " -> " + to).isEqualTo(allowed);
                if (allowed) {
                    assertThat(from.moveTo(to)).isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> from.moveTo(to))
                            .isInstanceOf(DomainException.class)
                            .extracting(e -> ((DomainException) e).code())
                            .isEqualTo("household-application.already-decided");
                }
            }
        }
    }
}
