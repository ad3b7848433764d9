package org.linli.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param stream the Redis Stream this service publishes to, e.g. {@code linli:events:organization}
 * @param relayInterval how often the outbox relay looks for unpublished events
 * @param relayBatch how many events one relay pass publishes at most
 * @param streamMaxLength approximate cap on the stream length (older entries are trimmed)
 */
@ConfigurationProperties("linli.events")
public record EventsProperties(
        String stream,
        @DefaultValue("200ms") Duration relayInterval,
        @DefaultValue("200") int relayBatch,
        @DefaultValue("1000000") long streamMaxLength) {}
