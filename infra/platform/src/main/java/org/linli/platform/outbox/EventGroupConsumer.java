package org.linli.platform.outbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.PendingMessage;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.core.JacksonException;

/**
 * Runs one {@link EventSubscription}: one consumer of its group, on a thread of its own, so a slow
 * group never holds up another. Each pass first takes the entries that are due again (its own failed
 * ones after a back-off, and those another consumer of the group read and left unacknowledged for
 * {@code reclaim-after}: that consumer is presumed dead), then reads new ones. An event is applied
 * at most once per group: its id goes into {@code processed_event} in the handler's transaction, and
 * the entry is acknowledged after the commit. One that fails {@code max-deliveries} times, or cannot
 * be read at all, moves to the {@link DeadLetters} and is acknowledged, so nothing behind it waits.
 */
public class EventGroupConsumer {

    private static final Logger log = LoggerFactory.getLogger(EventGroupConsumer.class);

    private final EventSubscription subscription;
    private final String consumerName;
    private final EventBus bus;
    private final EventsProperties.ConsumerProperties settings;
    private final StringRedisTemplate redis;
    private volatile boolean groupReady;
    private volatile Thread thread;
    private volatile boolean stopping;

    EventGroupConsumer(EventSubscription subscription, String consumerName, EventBus bus) {
        this.subscription = subscription;
        this.consumerName = consumerName;
        this.bus = bus;
        this.settings = bus.settings();
        this.redis = bus.redis();
    }

    /** Handles what is due and what arrives within {@code block}; returns how many events were applied. */
    public int pollOnce(Duration block) {
        ensureGroup();
        int applied = 0;
        List<Delivery> due = due();
        for (Delivery delivery : due) {
            if (stopping) {
                return applied; // what is left stays pending, for this group's other consumers
            }
            applied += process(delivery);
        }
        StreamReadOptions read = StreamReadOptions.empty().count(settings.batch());
        // something was due: the caller may have more, so only look at what is already there
        List<MapRecord<String, Object, Object>> fresh = redis.opsForStream()
                .read(
                        Consumer.from(subscription.group(), consumerName),
                        due.isEmpty() ? read.block(block) : read,
                        StreamOffset.create(subscription.stream(), ReadOffset.lastConsumed()));
        for (MapRecord<String, Object, Object> entry :
                fresh == null ? List.<MapRecord<String, Object, Object>>of() : fresh) {
            if (stopping) {
                break;
            }
            applied += process(new Delivery(entry, 1));
        }
        return applied;
    }

    private List<Delivery> due() {
        Duration soonest = settings.retryDelay().compareTo(settings.reclaimAfter()) < 0
                ? settings.retryDelay()
                : settings.reclaimAfter();
        Map<String, Long> ownDue = new HashMap<>();
        Map<String, Long> orphaned = new HashMap<>();
        for (PendingMessage p : redis.opsForStream()
                .pending(subscription.stream(), subscription.group(), Range.unbounded(), settings.batch(), soonest)) {
            Duration idle = p.getElapsedTimeSinceLastDelivery();
            if (consumerName.equals(p.getConsumerName())) {
                if (idle.compareTo(backoff(p.getTotalDeliveryCount())) >= 0) {
                    ownDue.put(p.getIdAsString(), p.getTotalDeliveryCount());
                }
            } else if (idle.compareTo(settings.reclaimAfter()) >= 0) {
                orphaned.put(p.getIdAsString(), p.getTotalDeliveryCount());
            }
        }
        List<Delivery> due = new ArrayList<>();
        claim(ownDue, settings.retryDelay(), due);
        claim(orphaned, settings.reclaimAfter(), due);
        return due;
    }

    /** The wait before delivering again an event that failed {@code deliveries} times: doubling, capped. */
    private Duration backoff(long deliveries) {
        return settings.retryDelay().multipliedBy(1L << Math.min(Math.max(deliveries - 1, 0), 10));
    }

    // XCLAIM with the idle time it was found with: of two consumers claiming one entry, one gets it
    private void claim(Map<String, Long> deliveries, Duration minIdle, List<Delivery> into) {
        if (deliveries.isEmpty()) {
            return;
        }
        RecordId[] ids = deliveries.keySet().stream().map(RecordId::of).toArray(RecordId[]::new);
        for (MapRecord<String, Object, Object> entry :
                redis.opsForStream().claim(subscription.stream(), subscription.group(), consumerName, minIdle, ids)) {
            into.add(new Delivery(entry, deliveries.get(entry.getId().getValue()) + 1));
        }
    }

    private int process(Delivery delivery) {
        Decoded decoded = decode(delivery);
        if (decoded == null) {
            return 0;
        }
        if (delivery.deliveries() > settings.maxDeliveries()) {
            bury(
                    delivery,
                    new UnreadableEventException("delivered " + (delivery.deliveries() - 1)
                            + " times and never acknowledged: its consumer stopped while handling it"));
            return 0;
        }
        EventEnvelope envelope = decoded.envelope();
        boolean applied;
        try {
            applied = bus.tracing()
                    .continueTrace(
                            envelope.traceparent(),
                            "event " + envelope.type(),
                            () -> applyOnce(decoded.handling(), decoded.event(), envelope));
        } catch (RuntimeException e) {
            failed(delivery, envelope, e);
            return 0;
        }
        acknowledge(delivery.entry());
        return applied ? 1 : 0;
    }

    /** The event this group is to handle, or null when it is done with the entry (skipped or buried). */
    private Decoded decode(Delivery delivery) {
        MapRecord<String, Object, Object> entry = delivery.entry();
        Object addressee = entry.getValue().get(DeadLetters.REPLAY_FOR);
        if (addressee != null && !subscription.group().equals(String.valueOf(addressee))) {
            acknowledge(entry); // replayed for another group
            return null;
        }
        try {
            EventEnvelope envelope = envelope(entry);
            EventSubscription.Handling<?> handling = subscription.handling(envelope.type());
            if (handling == null) {
                acknowledge(entry); // not this group's business
                return null;
            }
            return new Decoded(envelope, handling, payload(envelope, handling));
        } catch (UnreadableEventException e) {
            bury(delivery, e);
            return null;
        }
    }

    private boolean applyOnce(EventSubscription.Handling<?> handling, Object event, EventEnvelope envelope) {
        return Boolean.TRUE.equals(bus.tx().execute(status -> {
            try {
                bus.jdbc()
                        .sql("INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, ?)")
                        .params(subscription.group(), envelope.eventId(), Timestamp.from(Instant.now()))
                        .update();
            } catch (DuplicateKeyException alreadyApplied) {
                return false;
            }
            handling.apply(event, envelope);
            return true;
        }));
    }

    private EventEnvelope envelope(MapRecord<String, Object, Object> entry) {
        Object raw = entry.getValue().get(DeadLetters.EVENT);
        if (raw == null) {
            throw new UnreadableEventException("stream entry has no event field");
        }
        try {
            EventEnvelope envelope = bus.json().readValue(String.valueOf(raw), EventEnvelope.class);
            if (envelope == null || envelope.eventId() == null || envelope.type() == null) {
                throw new UnreadableEventException("event envelope lacks its id or type");
            }
            return envelope;
        } catch (JacksonException e) {
            throw new UnreadableEventException("event envelope is not readable JSON ("
                    + e.getClass().getSimpleName() + " at " + e.getPathReference() + ")");
        }
    }

    private Object payload(EventEnvelope envelope, EventSubscription.Handling<?> handling) {
        if (envelope.schemaVersion() != handling.type().schemaVersion()) {
            throw new UnreadableEventException("schema version " + envelope.schemaVersion() + " of " + envelope.type()
                    + "; this consumer reads version " + handling.type().schemaVersion());
        }
        try {
            return bus.json().readValue(envelope.payload(), handling.eventClass());
        } catch (JacksonException e) {
            // Jackson's message quotes the offending value, which may be personal data: name the place only
            throw new UnreadableEventException("payload does not decode into "
                    + handling.eventClass().getSimpleName() + " ("
                    + e.getClass().getSimpleName() + " at "
                    + e.getPathReference() + ")");
        }
    }

    private void failed(Delivery delivery, EventEnvelope envelope, RuntimeException e) {
        if (delivery.deliveries() >= settings.maxDeliveries()) {
            bury(delivery, e);
            return;
        }
        log.warn(
                "Event {} ({}) failed in group {}, delivery {} of {}, will be retried: {}",
                envelope.eventId(),
                envelope.type(),
                subscription.group(),
                delivery.deliveries(),
                settings.maxDeliveries(),
                DeadLetters.describe(e));
    }

    private void bury(Delivery delivery, RuntimeException e) {
        bus.deadLetters().bury(subscription.stream(), subscription.group(), delivery.entry(), delivery.deliveries(), e);
        log.warn(
                "Event entry {} of {} moved to the dead letters ({}) by group {} after {} deliveries: {}",
                delivery.entry().getId(),
                subscription.stream(),
                bus.deadLetters().stream(),
                subscription.group(),
                delivery.deliveries(),
                DeadLetters.describe(e));
    }

    private void acknowledge(MapRecord<String, Object, Object> entry) {
        redis.opsForStream().acknowledge(subscription.stream(), subscription.group(), entry.getId());
    }

    private void ensureGroup() {
        if (groupReady) {
            return;
        }
        byte[] key = redis.getStringSerializer().serialize(subscription.stream());
        try {
            // from the stream's start: a new group sees the history the stream still holds
            redis.execute((RedisCallback<String>)
                    c -> c.streamCommands().xGroupCreate(key, subscription.group(), ReadOffset.from("0"), true));
        } catch (RedisSystemException e) {
            if (!String.valueOf(e.getMostSpecificCause().getMessage()).contains("BUSYGROUP")) {
                throw e;
            }
        }
        groupReady = true;
    }

    /** Starts this consumer's own thread, which polls until {@link #stop()}. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        stopping = false;
        thread = new Thread(this::run, "events-" + subscription.group());
        thread.setDaemon(true);
        thread.start();
    }

    /** Lets the event in hand finish (and a read wait out its block time), then ends the thread. */
    public synchronized void stop() {
        Thread running = thread;
        thread = null;
        stopping = true;
        if (running != null) {
            try {
                running.join(settings.block().plusSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRunning() {
        return thread != null;
    }

    private void run() {
        boolean failing = false;
        while (thread == Thread.currentThread()) {
            try {
                pollOnce(settings.block());
                if (failing) {
                    log.info("Event consumer {} on {} recovered", subscription.group(), subscription.stream());
                    failing = false;
                }
            } catch (RuntimeException e) {
                groupReady = false; // the stream may have gone (a flushed Redis): create the group again
                if (!failing) {
                    log.warn(
                            "Event consumer {} on {} will retry: {}",
                            subscription.group(),
                            subscription.stream(),
                            e.toString());
                    failing = true;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return subscription + " as " + consumerName;
    }

    private record Delivery(MapRecord<String, Object, Object> entry, long deliveries) {}

    private record Decoded(EventEnvelope envelope, EventSubscription.Handling<?> handling, Object event) {}
}
