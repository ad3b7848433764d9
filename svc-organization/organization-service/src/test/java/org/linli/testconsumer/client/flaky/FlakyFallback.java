package org.linli.testconsumer.client.flaky;

import org.linli.platform.client.UnavailableFallback;
import org.springframework.stereotype.Component;

@Component
class FlakyFallback extends UnavailableFallback<FlakyClient> {

    FlakyFallback() {
        super(FlakyClient.class, "flaky");
    }
}
