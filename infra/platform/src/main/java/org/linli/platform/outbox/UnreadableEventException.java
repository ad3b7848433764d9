package org.linli.platform.outbox;

/** An event a consumer cannot read, however often it tries: it goes to the dead letters at once. */
class UnreadableEventException extends RuntimeException {

    UnreadableEventException(String message) {
        super(message, null, false, false);
    }
}
