package org.linli.platform.outbox;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.SmartLifecycle;

/** Runs every {@link EventSubscription} bean of the service, each group on its own thread. */
public class EventConsumers implements SmartLifecycle {

    private final List<EventSubscription> subscriptions;
    private final EventBus bus;
    private final String consumerName;
    private final List<EventGroupConsumer> running = new ArrayList<>();

    EventConsumers(List<EventSubscription> subscriptions, EventBus bus) {
        Set<String> groups = new HashSet<>();
        for (EventSubscription s : subscriptions) {
            if (!groups.add(s.stream() + " " + s.group())) {
                throw new IllegalStateException("Two subscriptions of group " + s.group() + " on " + s.stream()
                        + ": one group, one subscription (it would compete with itself for the entries)");
            }
        }
        this.subscriptions = List.copyOf(subscriptions);
        this.bus = bus;
        String name = bus.settings().name();
        this.consumerName = name == null || name.isBlank() ? defaultName() : name;
    }

    /** A consumer for {@code subscription}, not started: call {@code start()} or poll it yourself. */
    public EventGroupConsumer consumer(EventSubscription subscription, String consumerName) {
        return new EventGroupConsumer(subscription, consumerName, bus);
    }

    public String consumerName() {
        return consumerName;
    }

    @Override
    public synchronized void start() {
        for (EventSubscription subscription : subscriptions) {
            EventGroupConsumer consumer = consumer(subscription, consumerName);
            consumer.start();
            running.add(consumer);
        }
    }

    @Override
    public synchronized void stop() {
        running.forEach(EventGroupConsumer::stop);
        running.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return !running.isEmpty();
    }

    // stable while the process lives, and two instances on one host never share it
    private static String defaultName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
