package org.linli.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.linli.platform.outbox.TestEvents.ParcelArrived;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trace of a change travels in its event: the handler runs in a span of the same trace, with the
 * producer's trace id in its log lines. Brave as Spring Boot configures it, W3C propagation.
 */
class EventTracingIT extends AbstractEventsIT {

    @Autowired
    Tracer tracer;

    @Autowired
    EventOutbox outbox;

    @Autowired
    EventConsumers consumers;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    private record Seen(String loggedTraceId, TraceContext context) {}

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    private void handle(String eventId) {
        EventGroupConsumer consumer = consumers.consumer(
                EventSubscription.to(STREAM, "it-" + UUID.randomUUID())
                        .on(ParcelArrived.class, (event, envelope) -> {
                            if (envelope.eventId().equals(eventId)) {
                                Span current = tracer.currentSpan();
                                seen.add(new Seen(MDC.get("traceId"), current == null ? null : current.context()));
                            }
                        })
                        .build(),
                "worker-1");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            consumer.pollOnce(Duration.ofMillis(50));
            assertThat(seen).hasSize(1);
        });
    }

    private String traceparentOf(String eventId) {
        return jdbc.sql("SELECT traceparent FROM outbox_event WHERE event_id = ?")
                .param(eventId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    @Test
    void theHandlerContinuesTheTraceOfTheChangeThatCausedTheEvent() {
        Span change = tracer.nextSpan().name("assign parcel locker").start();
        String eventId;
        try (Tracer.SpanInScope scope = tracer.withSpan(change)) {
            eventId = tx.execute(status -> outbox.add(77, new ParcelArrived(77, "西门 C-1")));
        } finally {
            change.end();
        }
        TraceContext producer = change.context();
        assertThat(traceparentOf(eventId)).isEqualTo("00-" + producer.traceId() + "-" + producer.spanId() + "-01");

        handle(eventId);

        Seen handler = seen.get(0);
        assertThat(handler.loggedTraceId())
                .as("the trace id in the handler's log lines")
                .isEqualTo(producer.traceId());
        assertThat(handler.context().traceId()).isEqualTo(producer.traceId());
        assertThat(handler.context().parentId()).isEqualTo(producer.spanId());
        assertThat(handler.context().spanId()).as("a span of its own").isNotEqualTo(producer.spanId());
    }

    @Test
    void anEventOfAnUntracedChangeIsHandledInNoTrace() {
        String eventId = tx.execute(status -> outbox.add(78, new ParcelArrived(78, "西门 C-2")));
        assertThat(traceparentOf(eventId)).isNull();

        handle(eventId);

        assertThat(seen.get(0).loggedTraceId()).isNull();
        assertThat(seen.get(0).context()).isNull();
    }
}
