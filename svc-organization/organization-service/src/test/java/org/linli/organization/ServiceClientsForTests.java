package org.linli.organization;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service clients registered with every IT's svc-organization, each with a secret made for this
 * JVM (only its hash is configured, as in production), and a raw client of the token endpoint.
 */
public final class ServiceClientsForTests {

    /** svc-requests, as ./dev registers it: the lookups, at svc-organization. */
    public static final Client REQUESTS = new Client("requests", secret(), "org.lookups", "svc-organization");
    /** A client with the lookups grant whose tokens are for another service. */
    public static final Client ELSEWHERE = new Client("elsewhere", secret(), "org.lookups", "svc-volunteer");
    /** A client registered here without the lookups grant. */
    public static final Client NOTIFY = new Client("notify", secret(), "notify.inbox", "svc-organization");

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ServiceClientsForTests() {}

    public record Client(String id, String secret, String grant, String audience) {

        String secretHash() {
            try {
                return HexFormat.of()
                        .formatHex(
                                MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        public String basic() {
            return basic(id, secret);
        }

        public static String basic(String id, String secret) {
            return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
        }
    }

    static void register(DynamicPropertyRegistry registry) {
        for (Client client : new Client[] {REQUESTS, ELSEWHERE, NOTIFY}) {
            String prefix = "linli.identity.service-clients." + client.id();
            registry.add(prefix + ".secret-hash", client::secretHash);
            registry.add(prefix + ".grants[0]", client::grant);
            registry.add(prefix + ".audiences[0]", client::audience);
        }
    }

    /** A token request as a raw form POST; {@code authorization} may be null. */
    public static Answer tokenRequest(int port, String authorization, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A SERVICE token for {@code client}, with all its grants. */
    public static String token(int port, Client client) {
        Answer answer = tokenRequest(port, client.basic(), Map.of("grant_type", "client_credentials"));
        if (answer.status() != 200) {
            throw new IllegalStateException("No token for " + client.id() + ": " + answer);
        }
        return answer.json().get("access_token").asString();
    }

    public record Answer(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(",", e.getValue()))
                    .findFirst()
                    .orElse(null);
        }
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
