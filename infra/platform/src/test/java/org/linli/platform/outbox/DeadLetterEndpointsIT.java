package org.linli.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The dead-letter endpoints a servlet service gets, behind its token verification. */
@SpringBootTest(
        classes = EventsTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.application.name=events-it",
            "linli.events.dead-letters.path=" + DeadLetterEndpointsIT.PATH
        })
class DeadLetterEndpointsIT extends AbstractEventsIT {

    static final String PATH = "/api/it/events/dead-letters";
    private static KeyPair keys;

    @LocalServerPort
    int port;

    @Autowired
    DeadLetters deadLetters;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String stream = key("linli:it:endpoints:");
    private final String group = "it-" + UUID.randomUUID();
    private boolean groupCreated;

    @DynamicPropertySource
    static void verificationKey(DynamicPropertyRegistry registry) throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        String publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        registry.add("linli.security.public-key", () -> publicKey);
    }

    /** Buries an event as a consumer of {@code group} would after its last failed delivery. */
    private String bury(long parcelId) {
        String eventId = publish(stream, TestEvents.ParcelArrived.TYPE, 1, "{\"parcelId\":" + parcelId + "}");
        if (!groupCreated) {
            redis.opsForStream().createGroup(stream, ReadOffset.from("0"), group);
            groupCreated = true;
        }
        List<MapRecord<String, Object, Object>> read = redis.opsForStream()
                .read(Consumer.from(group, "worker-1"), StreamOffset.create(stream, ReadOffset.lastConsumed()));
        deadLetters.bury(stream, group, read.get(0), 3, new IllegalStateException("locker " + parcelId + " offline"));
        return eventId;
    }

    private Answer get(String query, String token) throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PATH + query))
                        .GET(),
                token);
    }

    private Answer replay(String id, String token) throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PATH + "/" + id + "/replay"))
                        .POST(HttpRequest.BodyPublishers.noBody()),
                token);
    }

    private Answer send(HttpRequest.Builder request, String token) throws IOException, InterruptedException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isEmpty() ? null : json.readTree(response.body()));
    }

    private record Answer(int status, JsonNode body) {}

    @Nested
    class Listing {

        @Test
        void anAdministratorSeesTheDeadLettersNewestFirstWithTheirError() throws Exception {
            String older = bury(1);
            String newer = bury(2);

            Answer answer = get("?limit=2", token("SYSTEM_ADMIN"));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).hasSize(2);
            assertThat(answer.body().get(0).get("eventId").asString()).isEqualTo(newer);
            assertThat(answer.body().get(1).get("eventId").asString()).isEqualTo(older);
            JsonNode letter = answer.body().get(0);
            assertThat(letter.get("group").asString()).isEqualTo(group);
            assertThat(letter.get("stream").asString()).isEqualTo(stream);
            assertThat(letter.get("type").asString()).isEqualTo(TestEvents.ParcelArrived.TYPE);
            assertThat(letter.get("deliveries").asLong()).isEqualTo(3);
            assertThat(letter.get("error").asString()).isEqualTo("java.lang.IllegalStateException: locker 2 offline");
        }

        @Test
        void beforePagesBackFromALetter() throws Exception {
            String older = bury(3);
            bury(4);
            String newestId = get("?limit=1", token("SYSTEM_ADMIN"))
                    .body()
                    .get(0)
                    .get("id")
                    .asString();

            Answer page = get("?limit=1&before=" + newestId, token("SYSTEM_ADMIN"));

            assertThat(page.body())
                    .singleElement()
                    .satisfies(l -> assertThat(l.get("eventId").asString()).isEqualTo(older));
        }

        @Test
        void aLimitOutsideOneToTwoHundredIsAProblem() throws Exception {
            Answer answer = get("?limit=0", token("SYSTEM_ADMIN"));

            assertThat(answer.status()).isEqualTo(422);
            assertThat(answer.body().get("code").asString()).isEqualTo("dead-letter.invalid-limit");
        }

        @Test
        void onlySystemAdministratorsMayLook() throws Exception {
            assertThat(get("", token("STREET_ADMIN")).status()).isEqualTo(403);
            assertThat(get("", null).status()).isEqualTo(401);
        }
    }

    @Nested
    class Replaying {

        @Test
        void aReplayedLetterGoesBackToItsStreamForItsGroupAndLeavesTheDeadLetters() throws Exception {
            String eventId = bury(5);
            String id = get("?limit=1", token("SYSTEM_ADMIN"))
                    .body()
                    .get(0)
                    .get("id")
                    .asString();

            Answer answer = replay(id, token("SYSTEM_ADMIN"));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body().get("eventId").asString()).isEqualTo(eventId);
            List<MapRecord<String, Object, Object>> onStream =
                    redis.opsForStream().range(stream, Range.unbounded());
            assertThat(onStream.get(onStream.size() - 1).getValue())
                    .containsEntry("group", group)
                    .hasEntrySatisfying(
                            "event", event -> assertThat(String.valueOf(event)).contains(eventId));
            assertThat(deadLetters.list(200, null))
                    .noneMatch(letter -> letter.id().equals(id));
            assertThat(replay(id, token("SYSTEM_ADMIN")).status())
                    .as("replayed once")
                    .isEqualTo(404);
        }

        @Test
        void anUnknownIdIsNotFound() throws Exception {
            for (String id : List.of("1-0", "not-an-id")) {
                Answer answer = replay(id, token("SYSTEM_ADMIN"));

                assertThat(answer.status()).isEqualTo(404);
                assertThat(answer.body().get("code").asString()).isEqualTo("dead-letter.not-found");
            }
        }

        @Test
        void onlySystemAdministratorsMayReplay() throws Exception {
            bury(6);
            String id = get("?limit=1", token("SYSTEM_ADMIN"))
                    .body()
                    .get(0)
                    .get("id")
                    .asString();

            assertThat(replay(id, token("COMMUNITY_ADMIN")).status()).isEqualTo(403);
            assertThat(deadLetters.list(1, null).get(0).id()).isEqualTo(id);
        }
    }

    private static String token(String role) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer("linli")
                .subject("1")
                .audience("events-it")
                .claim("roles", List.of(role))
                .claim("org_path", "/")
                .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(keys.getPrivate()));
        return jwt.serialize();
    }
}
