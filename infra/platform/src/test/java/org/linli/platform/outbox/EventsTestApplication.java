package org.linli.platform.outbox;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service made of the platform library alone, for the event bus's integration tests. */
@SpringBootApplication
public class EventsTestApplication {}
