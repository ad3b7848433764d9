package org.linli.testing.idcheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.linli.testing.fake.FakeHttpServer;

/**
 * A fake third-party ID-check service (身份证二要素核验), the upstream of Linli's HTTP real-name provider.
 *
 * <p>{@code POST /v1/id-checks} with {@code Authorization: Bearer <api key>} and {@code {"name",
 * "idNumber"}} answers 200 with {@code {"result": "MATCH" | "MISMATCH" | "NO_RECORD"}}: MATCH when the
 * pair is on its roster, MISMATCH when the ID number is there under another name, NO_RECORD otherwise.
 * A wrong key answers 401, a body without both fields 400.
 *
 * <p>Tests add people with {@link #person}, script failures with {@link #failNext(int)} (the next check
 * answers that HTTP status), {@link #delay}, {@link #down()}, and count calls with {@link #calls(String)}.
 *
 * <p>Alone: {@code java -cp infra/testing/target/classes org.linli.testing.idcheck.FakeIdCheckServer
 * --port 8091 [--api-key <key>] [--person <name>:<idNumber>]...}; without {@code --person} its roster
 * holds {@value #DEMO_NAME} / {@value #DEMO_ID_NUMBER}, someone who is on no community's roster.
 */
public final class FakeIdCheckServer extends FakeHttpServer {

    public static final String CHECKS = "/v1/id-checks";
    public static final String DEMO_API_KEY = "demo-id-check-key";
    public static final String DEMO_NAME = "赵新民";
    /** A valid GB 11643 number (Beijing Chaoyang, born 1990-03-07). */
    public static final String DEMO_ID_NUMBER = "110105199003070017";

    private final String apiKey;
    private final Map<String, String> namesByIdNumber = new ConcurrentHashMap<>();
    private final Queue<Integer> failures = new ConcurrentLinkedQueue<>();

    public FakeIdCheckServer(String apiKey) {
        this.apiKey = apiKey;
    }

    /** Puts a person on the roster the service confirms. */
    public FakeIdCheckServer person(String name, String idNumber) {
        namesByIdNumber.put(idNumber.toUpperCase(Locale.ROOT), name);
        return this;
    }

    /** The next check answers this HTTP status with an error body (queued: call again for more). */
    public void failNext(int httpStatus) {
        failures.add(httpStatus);
    }

    @Override
    public void reset() {
        super.reset();
        failures.clear();
    }

    @Override
    protected Response handle(Request request) {
        if (!CHECKS.equals(request.path()) || !"POST".equals(request.method())) {
            return Response.json(404, Map.of("error", "not_found"));
        }
        if (!("Bearer " + apiKey).equals(request.headers().get("authorization"))) {
            return Response.json(401, Map.of("error", "unauthorized"));
        }
        Integer scripted = failures.poll();
        if (scripted != null) {
            return Response.json(scripted, Map.of("error", "scripted_failure"));
        }
        Map<String, Object> body = request.json();
        if (!(body.get("name") instanceof String name) || !(body.get("idNumber") instanceof String idNumber)) {
            return Response.json(400, Map.of("error", "name_and_id_number_required"));
        }
        String known = namesByIdNumber.get(idNumber.toUpperCase(Locale.ROOT));
        String result = known == null ? "NO_RECORD" : known.equals(name.trim()) ? "MATCH" : "MISMATCH";
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("result", result);
        return Response.json(200, answer);
    }

    public static void main(String[] args) throws InterruptedException {
        int port = 8091;
        String key = DEMO_API_KEY;
        List<String[]> people = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--api-key" -> key = args[++i];
                case "--person" -> people.add(args[++i].split(":", 2));
                default -> {
                    System.err.println(
                            "usage: FakeIdCheckServer [--port 8091] [--api-key <key>] [--person <name>:<idNumber>]...");
                    System.exit(2);
                }
            }
        }
        FakeIdCheckServer server = new FakeIdCheckServer(key);
        if (people.isEmpty()) {
            server.person(DEMO_NAME, DEMO_ID_NUMBER);
        }
        people.forEach(p -> server.person(p[0], p[1]));
        server.start(port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("Fake ID-check service on " + server.url() + CHECKS + " (" + server.namesByIdNumber.size()
                + " people on its roster)");
        Thread.currentThread().join();
    }
}
