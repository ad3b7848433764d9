package org.linli.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.linli.gateway.ratelimit.RateLimitProperties.Limit;

class RateLimitPropertiesTest {

    @Test
    void aLimitNeedsWholeSeconds() {
        assertThatThrownBy(() -> new Limit(10, Duration.ofMillis(1500), 10)).hasMessageContaining("whole seconds");
    }

    @Test
    void aBurstSmallerThanOneSecondOfRefillIsRefused() {
        assertThatThrownBy(() -> new Limit(50, Duration.ofSeconds(1), 20)).hasMessageContaining("burst");
    }

    @Test
    void aLoginLimitOfTenAMinuteIsAccepted() {
        assertThat(new Limit(10, Duration.ofMinutes(1), 10).requests()).isEqualTo(10);
    }

    @Test
    void retryAfterIsTheTimeUntilTheBucketHoldsOneMoreRequest() {
        // 10 a minute: each request costs 60 tokens, 10 come back a second
        assertThat(TokenBuckets.retryAfterSeconds(60, 10, 0)).isEqualTo(6);
        assertThat(TokenBuckets.retryAfterSeconds(60, 10, 55)).isEqualTo(1);
        // 20 a second: never less than a second, the header's unit
        assertThat(TokenBuckets.retryAfterSeconds(1, 20, 0)).isEqualTo(1);
    }
}
