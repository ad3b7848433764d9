package org.linli.testconsumer;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.linli.testing.fake.FakeHttpServer;

/** Fails the first {@link #failFirst} calls to each path with 503, then answers "ok". */
public class FlakyServer extends FakeHttpServer {

    private final Map<String, AtomicInteger> seen = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile int failFirst;

    public void failFirst(int calls) {
        this.failFirst = calls;
        seen.clear();
    }

    @Override
    protected Response handle(Request request) {
        int call =
                seen.computeIfAbsent(request.path(), p -> new AtomicInteger()).incrementAndGet();
        if (call <= failFirst) {
            return Response.json(503, Map.of("code", "server.unavailable", "status", 503));
        }
        return new Response(200, "text/plain", "ok");
    }
}
