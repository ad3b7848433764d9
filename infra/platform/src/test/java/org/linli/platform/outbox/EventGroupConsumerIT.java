package org.linli.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.platform.outbox.TestEvents.ParcelArrived;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consumer groups on real Redis Streams and MariaDB: typed events, exactly-once effect, retries that
 * never hold up what follows, dead letters, reclaiming a dead consumer's entries, independent groups.
 */
class EventGroupConsumerIT extends AbstractEventsIT {

    private static final Duration POLL = Duration.ofMillis(50);

    @Autowired
    EventConsumers consumers;

    @Autowired
    EventOutbox outbox;

    @Autowired
    DeadLetters deadLetters;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    private final String stream = key("linli:it:consumer:");
    private final String group = "it-" + UUID.randomUUID();
    private final List<ParcelArrived> applied = new CopyOnWriteArrayList<>();
    private final List<EventGroupConsumer> started = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopConsumers() {
        started.forEach(EventGroupConsumer::stop);
    }

    private EventGroupConsumer consumer(String stream, String group, EventHandler<ParcelArrived> handler) {
        return consumers.consumer(
                EventSubscription.to(stream, group)
                        .on(ParcelArrived.class, handler)
                        .build(),
                "worker-1");
    }

    private EventGroupConsumer recording() {
        return consumer(stream, group, (event, envelope) -> applied.add(event));
    }

    private EventGroupConsumer start(EventGroupConsumer consumer) {
        consumer.start();
        started.add(consumer);
        return consumer;
    }

    private String parcel(long id) {
        return publish(stream, ParcelArrived.TYPE, 1, "{\"parcelId\":" + id + ",\"locker\":\"B-2\"}");
    }

    private long pending(String group) {
        return redis.opsForStream().pending(stream, group).getTotalPendingMessages();
    }

    private List<DeadLetter> deadLettersOf(String group) {
        return deadLetters.list(200, null).stream()
                .filter(letter -> letter.group().equals(group))
                .toList();
    }

    @Nested
    class TypedEvents {

        @Test
        void anEventWrittenToTheOutboxArrivesAsTheRecordItWas() {
            List<EventEnvelope> envelopes = new CopyOnWriteArrayList<>();
            EventGroupConsumer consumer = consumer(STREAM, group, (event, envelope) -> {
                applied.add(event);
                envelopes.add(envelope);
            });
            ParcelArrived sent = new ParcelArrived(41, "东门 A-3");
            String eventId = tx.execute(status -> outbox.add(41, sent));

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                consumer.pollOnce(POLL);
                assertThat(applied).contains(sent);
            });
            assertThat(envelopes).singleElement().satisfies(e -> {
                assertThat(e.eventId()).isEqualTo(eventId);
                assertThat(e.aggregateId()).isEqualTo("41");
                assertThat(e.schemaVersion()).isOne();
            });
        }

        @Test
        void anEventOfATypeTheGroupDoesNotHandleIsAcknowledgedAndSkipped() {
            EventGroupConsumer consumer = recording();
            publish(stream, "test.something-else", 1, "{}");
            parcel(1);

            consumer.pollOnce(POLL);

            assertThat(applied).extracting(ParcelArrived::parcelId).containsExactly(1L);
            assertThat(pending(group)).isZero();
            assertThat(deadLettersOf(group)).isEmpty();
        }

        @Test
        void aRedeliveredEventHasItsEffectOnce() {
            EventGroupConsumer consumer = recording();
            String eventId = parcel(1);
            publish(stream, new EventEnvelope(eventId, ParcelArrived.TYPE, 1, "7", null, "{\"parcelId\":1}", null));

            consumer.pollOnce(POLL);

            assertThat(applied).hasSize(1);
            assertThat(pending(group)).as("both deliveries acknowledged").isZero();
        }

        @Test
        void anUnsupportedSchemaVersionGoesToTheDeadLettersAtOnce() {
            EventGroupConsumer consumer = recording();
            String eventId = publish(stream, ParcelArrived.TYPE, 2, "{\"parcelId\":1,\"shelf\":4}");
            parcel(2);

            consumer.pollOnce(POLL);

            assertThat(applied).extracting(ParcelArrived::parcelId).containsExactly(2L);
            assertThat(deadLettersOf(group)).singleElement().satisfies(letter -> {
                assertThat(letter.eventId()).isEqualTo(eventId);
                assertThat(letter.deliveries()).isOne();
                assertThat(letter.error()).contains("schema version 2", "reads version 1");
            });
            assertThat(pending(group)).isZero();
        }

        @Test
        void aPayloadThatDoesNotDecodeGoesToTheDeadLettersWithoutQuotingIt() {
            EventGroupConsumer consumer = recording();
            publish(stream, ParcelArrived.TYPE, 1, "{\"parcelId\":\"王建国 13800138000\"}");

            consumer.pollOnce(POLL);

            assertThat(applied).isEmpty();
            assertThat(deadLettersOf(group)).singleElement().satisfies(letter -> assertThat(letter.error())
                    .contains("does not decode into ParcelArrived", "parcelId")
                    .doesNotContain("王建国", "13800138000"));
        }
    }

    @Nested
    class Failures {

        @Test
        void aFailedEventIsRetriedAfterTheDelayAndItsFailedAttemptLeavesNoMark() {
            AtomicInteger failuresLeft = new AtomicInteger(1);
            EventGroupConsumer consumer = consumer(stream, group, (event, envelope) -> {
                jdbc.sql("INSERT INTO processed_event (consumer, event_id, processed_at) VALUES ('mark', ?, NOW())")
                        .param(envelope.eventId())
                        .update();
                if (failuresLeft.getAndDecrement() > 0) {
                    throw new IllegalStateException("downstream hiccup");
                }
                applied.add(event);
            });
            String eventId = parcel(1);

            consumer.pollOnce(POLL);
            assertThat(applied).isEmpty();
            assertThat(pending(group)).isOne();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM processed_event WHERE event_id = ?")
                            .param(eventId)
                            .query(Long.class)
                            .single())
                    .as("the handler's writes and the dedupe mark rolled back together")
                    .isZero();

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                consumer.pollOnce(POLL);
                assertThat(applied).hasSize(1);
            });
            assertThat(pending(group)).isZero();
        }

        @Test
        void aPoisonEventNeverHoldsUpTheEventsBehindItAndEndsInTheDeadLetters() {
            AtomicInteger attempts = new AtomicInteger();
            start(consumer(stream, group, (event, envelope) -> {
                if (event.parcelId() == 0) {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("locker B-2 is offline");
                }
                applied.add(event);
            }));
            String poison = parcel(0);
            for (long id = 1; id <= 5; id++) {
                parcel(id);
            }

            await().atMost(Duration.ofSeconds(2))
                    .untilAsserted(() -> assertThat(applied).hasSize(5));
            assertThat(deadLettersOf(group))
                    .as("the poison is still being retried")
                    .isEmpty();

            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(deadLettersOf(group)).hasSize(1));
            DeadLetter letter = deadLettersOf(group).get(0);
            assertThat(letter.eventId()).isEqualTo(poison);
            assertThat(letter.stream()).isEqualTo(stream);
            assertThat(letter.deliveries()).isEqualTo(3);
            assertThat(letter.error()).isEqualTo("java.lang.IllegalStateException: locker B-2 is offline");
            assertThat(attempts).hasValue(3);
            assertThat(pending(group)).isZero();
        }

        @Test
        void aReplayedDeadLetterIsHandledByItsGroupAloneAndOnlyOnce() {
            AtomicBoolean lockerOnline = new AtomicBoolean(false);
            String otherGroup = group + "-other";
            List<ParcelArrived> appliedByOther = new CopyOnWriteArrayList<>();
            EventGroupConsumer other = consumer(stream, otherGroup, (event, envelope) -> appliedByOther.add(event));
            start(consumer(stream, group, (event, envelope) -> {
                if (!lockerOnline.get()) {
                    throw new IllegalStateException("locker offline");
                }
                applied.add(event);
            }));
            String eventId = parcel(9);
            other.pollOnce(POLL);
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(deadLettersOf(group)).hasSize(1));

            lockerOnline.set(true);
            DeadLetter replayed =
                    deadLetters.replay(deadLettersOf(group).get(0).id()).orElseThrow();

            assertThat(replayed.eventId()).isEqualTo(eventId);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(applied)
                    .extracting(ParcelArrived::parcelId)
                    .containsExactly(9L));
            assertThat(deadLettersOf(group)).isEmpty();
            other.pollOnce(POLL);
            assertThat(appliedByOther)
                    .as("the other group applied it once, before the replay")
                    .hasSize(1);
            assertThat(pending(otherGroup)).isZero();
            assertThat(deadLetters.replay(replayed.id()))
                    .as("a replayed letter is gone")
                    .isEmpty();
        }
    }

    @Nested
    class Reclaiming {

        @Test
        void entriesADeadConsumerReadAreTakenOverOnceIdleLongEnough() {
            EventGroupConsumer survivor = recording();
            survivor.pollOnce(POLL); // creates the group
            parcel(5);
            List<MapRecord<String, Object, Object>> taken = redis.opsForStream()
                    .read(Consumer.from(group, "crashed"), StreamOffset.create(stream, ReadOffset.lastConsumed()));
            assertThat(taken).hasSize(1); // ...and "crashed" never acknowledges it

            survivor.pollOnce(POLL);
            assertThat(applied).as("not before reclaim-after").isEmpty();

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                survivor.pollOnce(POLL);
                assertThat(applied).extracting(ParcelArrived::parcelId).containsExactly(5L);
            });
            assertThat(pending(group)).isZero();
        }

        @Test
        void anEntryDeliveredTooOftenWithoutAnAnswerGoesToTheDeadLetters() {
            EventGroupConsumer survivor = recording();
            survivor.pollOnce(POLL);
            parcel(6);
            var id = redis.opsForStream()
                    .read(Consumer.from(group, "crashing"), StreamOffset.create(stream, ReadOffset.lastConsumed()))
                    .get(0)
                    .getId();
            // two more consumers took it over and died with it too: 3 deliveries, none answered
            redis.opsForStream().claim(stream, group, "crashing-2", Duration.ZERO, id);
            redis.opsForStream().claim(stream, group, "crashing-3", Duration.ZERO, id);

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                survivor.pollOnce(POLL);
                assertThat(deadLettersOf(group)).singleElement().satisfies(letter -> {
                    assertThat(letter.deliveries()).isEqualTo(4);
                    assertThat(letter.error()).contains("never acknowledged");
                });
            });
            assertThat(applied).isEmpty();
            assertThat(pending(group)).isZero();
        }
    }

    @Nested
    class Groups {

        @Test
        void aSlowGroupDoesNotHoldUpAnotherGroupOnTheSameStream() {
            List<ParcelArrived> slowApplied = new CopyOnWriteArrayList<>();
            start(consumer(stream, group + "-slow", (event, envelope) -> {
                pause(2_000);
                slowApplied.add(event);
            }));
            start(recording());
            for (long id = 1; id <= 3; id++) {
                parcel(id);
            }

            await().atMost(Duration.ofMillis(1_500))
                    .untilAsserted(() -> assertThat(applied).hasSize(3));
            assertThat(slowApplied)
                    .as("the slow group is still at its first event")
                    .isEmpty();
        }
    }
}
