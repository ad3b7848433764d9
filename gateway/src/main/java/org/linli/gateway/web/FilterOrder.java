package org.linli.gateway.web;

import org.springframework.core.Ordered;

/**
 * The order of the gateway's own web filters, in one place because each relies on the ones before
 * it: the trace id and the security headers are registered first so that every answer carries them,
 * refusals included; spoofed headers go before anything reads headers; CORS answers preflights
 * before Spring Security (order -100) would ask them for a token.
 */
public final class FilterOrder {

    public static final int TRACE_ID = Ordered.HIGHEST_PRECEDENCE;
    public static final int SECURITY_HEADERS = TRACE_ID + 1;
    public static final int SPOOFED_HEADERS = TRACE_ID + 2;
    public static final int CORS = TRACE_ID + 3;

    /** Gateway (route) filters: after security, before the circuit breaker (a route filter at 1). */
    public static final int REQUEST_SIZE = -30;

    public static final int RATE_LIMIT = -20;

    private FilterOrder() {}
}
