package org.linli.platform.outbox;

/**
 * Applies one event of type {@code E}, inside the transaction that records it as processed: throw to
 * have it retried (and after {@code linli.events.consumer.max-deliveries} failures, dead-lettered).
 */
@FunctionalInterface
public interface EventHandler<E> {

    void handle(E event, EventEnvelope envelope);
}
