package org.linli.platform.outbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.lang.Nullable;

/**
 * What one consumer group does with the events of one stream: a handler per event type, each given
 * the decoded record of the producer's {@code -api} module. Declare it as a bean and the platform runs
 * it, on a thread of its own:
 *
 * <pre>{@code
 * @Bean
 * EventSubscription inboxOnLinks(InboxService inbox) {
 *     return EventSubscription.to("linli:events:organization", "notify.inbox")
 *             .on(HouseholdLinkChanged.class, (event, envelope) -> inbox.linkChanged(event))
 *             .build();
 * }
 * }</pre>
 *
 * Types without a handler are acknowledged and skipped. The group name is the consumer's identity
 * (offsets, pending entries, dead letters, {@code processed_event}): name it after the service and
 * purpose, and never reuse it for another purpose.
 */
public final class EventSubscription {

    private final String stream;
    private final String group;
    private final Map<String, Handling<?>> handlers;

    private EventSubscription(String stream, String group, Map<String, Handling<?>> handlers) {
        this.stream = stream;
        this.group = group;
        this.handlers = Map.copyOf(handlers);
    }

    public static Builder to(String stream, String group) {
        return new Builder(Objects.requireNonNull(stream), Objects.requireNonNull(group));
    }

    public String stream() {
        return stream;
    }

    public String group() {
        return group;
    }

    @Nullable
    Handling<?> handling(String type) {
        return handlers.get(type);
    }

    @Override
    public String toString() {
        return group + " on " + stream + " " + handlers.keySet();
    }

    public static final class Builder {

        private final String stream;
        private final String group;
        private final Map<String, Handling<?>> handlers = new LinkedHashMap<>();

        private Builder(String stream, String group) {
            this.stream = stream;
            this.group = group;
        }

        /** Handles events of {@code eventClass}, a record that declares its {@link EventType}. */
        public <E extends Record> Builder on(Class<E> eventClass, EventHandler<? super E> handler) {
            EventType type = EventType.of(eventClass);
            if (handlers.putIfAbsent(type.name(), new Handling<>(eventClass, type, handler)) != null) {
                throw new IllegalArgumentException(group + " handles " + type.name() + " twice");
            }
            return this;
        }

        public EventSubscription build() {
            return new EventSubscription(stream, group, handlers);
        }
    }

    record Handling<E>(Class<E> eventClass, EventType type, EventHandler<? super E> handler) {

        void apply(Object event, EventEnvelope envelope) {
            handler.handle(eventClass.cast(event), envelope);
        }
    }
}
