package org.linli.organization.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linli.platform.error.DomainException;
import org.springframework.http.HttpStatus;

class RegistrationStatusTest {

    /** Written out by hand, not derived from the class under test: only a pending application is decided. */
    private static final Set<String> ALLOWED = Set.of("PENDING->APPROVED", "PENDING->REJECTED");

    @Test
    void everyTransitionIsAllowedExactlyWhenTheTableSaysSo() {
        for (RegistrationStatus from : RegistrationStatus.values()) {
            for (RegistrationStatus to : RegistrationStatus.values()) {
                boolean allowed = ALLOWED.contains(from + "->" + to);
                assertThat(from.canBecome(to)).as(from + " -> " + to).isEqualTo(allowed);
                if (allowed) {
                    assertThat(from.moveTo(to)).isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> from.moveTo(to))
                            .as(from + " -> " + to)
                            .isInstanceOfSatisfying(DomainException.class, e -> {
                                assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                                assertThat(e.code()).isEqualTo("registration.already-decided");
                            });
                }
            }
        }
    }

    @Test
    void anApprovedApplicationCannotBeRejectedAfterwards() {
        assertThatThrownBy(() -> RegistrationStatus.APPROVED.moveTo(RegistrationStatus.REJECTED))
                .hasMessageContaining("already APPROVED");
    }

    @Test
    void aRejectedApplicationCannotBeApprovedAfterwards() {
        assertThat(RegistrationStatus.REJECTED.canBecome(RegistrationStatus.APPROVED))
                .isFalse();
    }

    @Test
    void aDecisionIsNeverADecisionAgain() {
        assertThat(RegistrationStatus.PENDING.canBecome(RegistrationStatus.PENDING))
                .isFalse();
        assertThat(RegistrationStatus.APPROVED.canBecome(RegistrationStatus.APPROVED))
                .isFalse();
    }
}
