package org.linli.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class DomainExceptionTest {

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndNeverZero() {
        assertThat(locked(Duration.ofMillis(1500)).retryAfterSeconds()).isEqualTo(2);
        assertThat(locked(Duration.ofSeconds(900)).retryAfterSeconds()).isEqualTo(900);
        assertThat(locked(Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void anOrdinaryRefusalHasNoRetryAfter() {
        assertThat(DomainException.conflict("x.taken", "Taken.").retryAfterSeconds())
                .isNull();
    }

    private static DomainException locked(Duration retryAfter) {
        return new DomainException(HttpStatus.LOCKED, "auth.locked", "Locked.", retryAfter);
    }
}
