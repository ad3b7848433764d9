package org.linli.testing.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the fake servers share: an HTTP server on 127.0.0.1 that tests can make slow, take down and
 * bring back on the same port (a dead upstream refuses connections, it does not answer 500), and ask
 * how often each path was called and with what. JDK only, so a fake also runs as a plain process.
 */
public abstract class FakeHttpServer implements AutoCloseable {

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, Request> lastRequests = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, getClass().getSimpleName());
        thread.setDaemon(true);
        return thread;
    });
    private volatile Duration delay = Duration.ZERO;
    private HttpServer server;
    private int port;

    /** Starts on {@code port}, or on a free port when 0. */
    public synchronized void start(int port) {
        this.port = port;
        up();
    }

    public synchronized int port() {
        return port;
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8090}. */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** Every answer waits this long first, as an overloaded upstream would; zero to stop. */
    public void delay(Duration delay) {
        this.delay = delay;
    }

    /** Takes the server away: connections are refused until {@link #up()}. */
    public synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Brings the server (back) up on the same port. */
    public synchronized void up() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + port, e);
        }
        server.createContext("/", this::exchange);
        server.setExecutor(executor);
        server.start();
        port = server.getAddress().getPort();
    }

    /** How many requests reached {@code path} (including refused ones), since start or {@link #reset()}. */
    public int calls(String path) {
        AtomicInteger count = calls.get(path);
        return count == null ? 0 : count.get();
    }

    /** The last request to {@code path}, or null. */
    public Request lastRequest(String path) {
        return lastRequests.get(path);
    }

    /** Forgets counts, recorded requests and scripted behaviour; what was handed out stays spent. */
    public void reset() {
        calls.clear();
        lastRequests.clear();
        delay = Duration.ZERO;
    }

    @Override
    public void close() {
        down();
        executor.shutdownNow();
    }

    /** Answers one request; runs after the delay, with the call already counted. */
    protected abstract Response handle(Request request);

    private void exchange(HttpExchange exchange) throws IOException {
        try {
            Request request = read(exchange);
            calls.computeIfAbsent(request.path(), p -> new AtomicInteger()).incrementAndGet();
            lastRequests.put(request.path(), request);
            pause();
            Response response;
            try {
                response = handle(request);
            } catch (RuntimeException e) {
                response = new Response(500, "text/plain", "fake server failure: " + e);
            }
            byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", response.contentType() + "; charset=UTF-8");
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } finally {
            exchange.close();
        }
    }

    private void pause() {
        Duration wait = delay;
        if (!wait.isZero()) {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Request read(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        return new Request(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                query(exchange.getRequestURI().getRawQuery()),
                Collections.unmodifiableMap(headers),
                body);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(decode(name), decode(value));
        }
        return Collections.unmodifiableMap(params);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /**
     * One request as the fake saw it.
     *
     * @param headers header names in lower case
     */
    public record Request(
            String method, String path, Map<String, String> query, Map<String, String> headers, String body) {

        /** The body as a JSON object; an empty map when it is empty or not a JSON object. */
        public Map<String, Object> json() {
            try {
                return Json.parseObject(body);
            } catch (IllegalArgumentException e) {
                return Map.of();
            }
        }
    }

    /** An answer: status, content type and body. */
    public record Response(int status, String contentType, String body) {

        public static Response json(int status, Object body) {
            return new Response(status, "application/json", Json.write(body));
        }
    }
}
