package org.linli.gateway.resilience;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A request body past its route's limit: the client's doing, never the upstream's failure. */
public class RequestTooLargeException extends ResponseStatusException {

    private final long limit;

    RequestTooLargeException(long limit) {
        super(HttpStatus.CONTENT_TOO_LARGE, "Request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }

    /** Thrown per oversized request on the hot path; the stack says nothing useful. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
