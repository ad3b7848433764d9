package org.linli.requests.demo;

import java.time.Duration;
import java.util.Map;
import org.linli.requests.request.RequestChannel;
import org.linli.requests.request.RequestStatus;

/** What the demo request generator found and did; {@code ./dev up} prints the first line's count. */
record DemoReport(
        long total, int added, Map<RequestStatus, Long> byStatus, Map<RequestChannel, Long> byChannel, Duration took) {

    @Override
    public String toString() {
        return "Demo requests: " + total + " in the demo district (" + added + " added now, in " + took.toSeconds()
                + " s); by status " + byStatus + "; by channel " + byChannel;
    }
}
