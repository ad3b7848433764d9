package org.linli.gateway;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Plays svc-organization: answers every request with 200 and remembers what arrived. */
final class StubUpstream implements AutoCloseable {

    /** What the gateway forwarded. */
    record Received(String method, String path, Headers headers) {}

    private final HttpServer server;
    private final LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();

    StubUpstream() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            received.add(new Received(
                    exchange.getRequestMethod(), exchange.getRequestURI().getPath(), exchange.getRequestHeaders()));
            byte[] body = "[{\"memberId\":1}]".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            // a service that also answers with a trace id must not leave the client with two
            exchange.getResponseHeaders()
                    .set("X-Trace-Id", exchange.getRequestHeaders().getFirst("X-Trace-Id"));
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next request that reached the upstream, or null when none did within a short wait. */
    Received next() throws InterruptedException {
        return received.poll(2, TimeUnit.SECONDS);
    }

    /** Whether nothing reached the upstream. Forgets what had. */
    boolean untouched() {
        boolean empty = received.isEmpty();
        received.clear();
        return empty;
    }

    void forget() {
        received.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
