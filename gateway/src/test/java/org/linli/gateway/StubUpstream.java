package org.linli.gateway;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Plays a service: answers 200 with a small JSON list unless told otherwise for a path prefix, reads
 * every request body to the end (as a real service does before answering), and remembers what
 * arrived. Serves requests concurrently, so a slow answer does not hold up the next request.
 */
public final class StubUpstream implements AutoCloseable {

    /** What the gateway forwarded. */
    public record Received(String method, String path, Headers headers, long bodyLength) {}

    /** How to answer. */
    public record Reply(int status, String contentType, String body, Duration delay, Map<String, String> headers) {

        public static Reply json(int status, String body) {
            return new Reply(status, "application/json", body, Duration.ZERO, Map.of());
        }

        public Reply after(Duration wait) {
            return new Reply(status, contentType, body, wait, headers);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> more = new HashMap<>(headers);
            more.put(name, value);
            return new Reply(status, contentType, body, delay, Map.copyOf(more));
        }
    }

    static final Reply DEFAULT = Reply.json(200, "[{\"memberId\":1}]");

    private final HttpServer server;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "stub-upstream");
        thread.setDaemon(true);
        return thread;
    });
    private final LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();

    public StubUpstream() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(workers);
        server.createContext("/", this::answer);
        server.start();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            long length = drain(exchange.getRequestBody());
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestHeaders(), length));
            Reply reply = replyFor(path);
            if (!reply.delay().isZero()) {
                Thread.sleep(reply.delay().toMillis());
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            reply.headers().forEach(exchange.getResponseHeaders()::set);
            // a service answers with its trace id too (the platform does): the client must not get two
            String traceparent = exchange.getRequestHeaders().getFirst("traceparent");
            if (traceparent != null && traceparent.length() >= 35) {
                exchange.getResponseHeaders().set("X-Trace-Id", traceparent.substring(3, 35));
            }
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the gateway gave up on this request (timeout, body cut off): nobody is listening
        }
    }

    private static long drain(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = body.read(buffer)) >= 0; ) {
            total += n;
        }
        return total;
    }

    private Reply replyFor(String path) {
        Reply best = DEFAULT;
        int bestLength = -1;
        for (Map.Entry<String, Reply> entry : replies.entrySet()) {
            if (path.startsWith(entry.getKey()) && entry.getKey().length() > bestLength) {
                best = entry.getValue();
                bestLength = entry.getKey().length();
            }
        }
        return best;
    }

    /** Answers requests whose path starts with {@code pathPrefix} with {@code reply}. */
    public void reply(String pathPrefix, Reply reply) {
        replies.put(pathPrefix, reply);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next request that reached the upstream, or null when none did within a short wait. */
    public Received next() throws InterruptedException {
        return received.poll(2, TimeUnit.SECONDS);
    }

    /** Whether nothing reached the upstream. Forgets what had. */
    public boolean untouched() {
        boolean empty = received.isEmpty();
        received.clear();
        return empty;
    }

    public void forget() {
        received.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
