package org.linli.platform.client;

import org.linli.platform.error.DomainException;
import org.springframework.http.HttpStatus;

/**
 * Another service answered, and refused (4xx): the household does not exist or lies outside the
 * caller's scope, the token was not good enough, the input was wrong. It keeps the remote status and
 * problem {@code code}, so a remote 404 {@code household.not-found} is the same 404 to whoever called
 * us. Not a failure of the remote: the circuit breaker does not count it and no fallback replaces it.
 */
public class RemoteProblem extends DomainException {

    private final String service;

    public RemoteProblem(String service, HttpStatus status, String code, String detail) {
        super(status, code, detail);
        this.service = service;
    }

    /** The service that refused, as its Feign client is named. */
    public String service() {
        return service;
    }
}
