package org.linli.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param stream the Redis Stream this service publishes to, e.g. {@code linli:events:organization};
 *     no outbox and no relay without it
 * @param relayInterval how often the outbox relay looks for unpublished events
 * @param relayBatch how many events one relay pass publishes at most
 * @param streamMaxLength approximate cap on the stream length (older entries are trimmed)
 */
@ConfigurationProperties("linli.events")
public record EventsProperties(
        String stream,
        @DefaultValue("200ms") Duration relayInterval,
        @DefaultValue("200") int relayBatch,
        @DefaultValue("1000000") long streamMaxLength,
        @DefaultValue ConsumerProperties consumer,
        @DefaultValue DeadLetterProperties deadLetters) {

    /**
     * How this service's {@link EventSubscription}s consume.
     *
     * @param name this instance's name in its consumer groups; by default host name and process id
     * @param maxDeliveries deliveries of an event whose handler fails before it is dead-lettered
     * @param retryDelay the wait before delivering a failed event again; it doubles with each failure
     * @param reclaimAfter how long an entry another consumer of the group read stays unacknowledged
     *     before this one takes it over: that consumer is presumed dead. Longer than any handler takes.
     * @param batch entries read or claimed at once
     * @param block how long a read waits for new entries
     */
    public record ConsumerProperties(
            String name,
            @DefaultValue("5") int maxDeliveries,
            @DefaultValue("5s") Duration retryDelay,
            @DefaultValue("1m") Duration reclaimAfter,
            @DefaultValue("100") int batch,
            @DefaultValue("1s") Duration block) {}

    /**
     * @param stream where this service's consumer groups put the events they gave up on; by default
     *     {@code linli:events:dead-letters:<spring.application.name>}
     * @param path where a servlet service serves the administrators' list and replay, e.g.
     *     {@code /api/org/events/dead-letters}; not served when unset
     */
    public record DeadLetterProperties(String stream, String path) {}
}
