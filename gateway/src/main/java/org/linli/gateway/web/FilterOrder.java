package org.linli.gateway.web;

import org.springframework.core.Ordered;

/**
 * The order of the gateway's own web filters, in one place because each relies on the ones before
 * it: the trace id is registered first so that every answer carries it, refusals included; spoofed
 * headers go before anything reads headers.
 */
public final class FilterOrder {

    public static final int TRACE_ID = Ordered.HIGHEST_PRECEDENCE;
    public static final int SPOOFED_HEADERS = TRACE_ID + 2;

    private FilterOrder() {}
}
