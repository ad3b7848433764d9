package org.linli.testconsumer.client.flaky;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** A remote whose answers the test scripts ({@code FlakyServer}), to count attempts and time them. */
@FeignClient(name = "flaky", url = "${linli.test.flaky-url}", fallbackFactory = FlakyFallback.class)
public interface FlakyClient {

    @GetMapping("/flaky/read")
    String read();

    @PostMapping("/flaky/write")
    String write();

    @PostMapping("/flaky/write")
    String write(@RequestHeader("Idempotency-Key") String idempotencyKey);
}
